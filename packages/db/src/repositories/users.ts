import type { Role } from "@armstrail/domain";
import type { Db } from "../client";

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** An active user, or null: deactivated accounts have no session. */
export async function findUserById(db: Db, id: string): Promise<SessionUser | null> {
  const user = await db.user.findFirst({
    where: { id, active: true },
    select: { id: true, name: true, email: true, role: true },
  });
  return user;
}
