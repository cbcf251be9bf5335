// For tests that walk the whole editor router (imported only from test files).
import type { ProcedureDef } from "../string-leaves";
import { editorRouter } from ".";

/**
 * Every procedure by its dotted path ("admin.users.list"). At run time tRPC keeps them flat;
 * its type describes nested records, hence the double cast.
 */
export const editorProcedures = editorRouter._def.procedures as unknown as Record<
  string,
  ProcedureDef
>;
