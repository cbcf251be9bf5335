import type { Role } from "@armstrail/domain";
import type { Db } from "../client";
import type { AuditActor } from "../services/audit";

/** Who is calling the editor API, by a browser session or an API token. */
export interface SessionUser {
  id: string;
  name: string;
  email: string;
  /** The rights in force: the user's role, or less when a token's scope is narrower. */
  role: Role;
  via: "session" | "token";
  /** Set for tokens: its name (for the audit log) and whether it may only read. */
  token?: { id: string; name: string; readOnly: boolean } | undefined;
}

/** An active user, or null: deactivated accounts have no session. */
export async function findUserById(
  db: Db,
  id: string,
): Promise<Omit<SessionUser, "via" | "token"> | null> {
  const user = await db.user.findFirst({
    where: { id, active: true },
    select: { id: true, name: true, email: true, role: true },
  });
  return user;
}

/** How a caller appears in the audit log. */
export function auditActorOf(session: SessionUser): AuditActor {
  return {
    userId: session.id,
    label: session.email,
    via: session.via === "token" && session.token ? `token:${session.token.name}` : "session",
  };
}

export const systemActor: AuditActor = { userId: null, label: "system", via: "system" };
