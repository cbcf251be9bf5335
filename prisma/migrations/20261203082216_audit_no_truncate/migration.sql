-- The audit log refuses TRUNCATE as it refuses UPDATE and DELETE: emptying the table (alone or
-- in a TRUNCATE of several tables) would otherwise erase the chain in one statement.
-- Same function as the row triggers. A TRUNCATE trigger fires once per statement.
-- (No semicolon may appear in this file but at the end of a statement, comments included:
-- @prisma/adapter-pg splits a migration on every one.)
CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"();
