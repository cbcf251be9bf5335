import { auditActorOf, type SessionUser } from "@armstrail/db";
import { accessProcedure } from "../../../trpc";

/**
 * People, invitations, tokens and the audit log: admins only. No API token can reach these,
 * since no token scope carries admin rights.
 */
export const adminProcedure = accessProcedure("admin");

/** The admin as the audit log records them, with their id known to be set. */
export function adminActor(session: SessionUser) {
  return { ...auditActorOf(session), userId: session.id };
}
