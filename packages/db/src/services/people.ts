// People and invitations. An admin invites someone by email with a role; the invitation
// link carries a random token that is returned once and stored only as its SHA-256. The
// person accepts with their name and a password, which creates their account and their
// Better Auth credential in one transaction. Admins change roles and deactivate accounts;
// the system never lets the last active admin disappear. Every change is audited.
import {
  may,
  type CreateInviteInput,
  type Invite,
  type InviteStatus,
  type Person,
  type Role,
} from "@armstrail/domain";
import type { Db } from "../client";
import { ConflictError, NotFoundError, RuleError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { appendAudit, type AuditActor } from "./audit";
import { setCredentialPassword } from "./credentials";
import { newSecret, sha256Hex } from "./secrets";

type Tx = Prisma.TransactionClient;

export const INVITE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

// ---------------------------------------------------------------------------------------
// People

const personSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  createdAt: true,
  accounts: { where: { providerId: "credential" }, select: { id: true } },
} satisfies Prisma.UserSelect;

type PersonRow = Prisma.UserGetPayload<{ select: typeof personSelect }>;

function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    active: row.active,
    canSignIn: row.accounts.length > 0,
    createdAt: row.createdAt.toISOString(),
  };
}

const auditPerson = (p: Person) => ({ email: p.email, role: p.role, active: p.active });

export async function listPeople(db: Db): Promise<Person[]> {
  const rows = await db.user.findMany({
    select: personSelect,
    orderBy: [{ active: "desc" }, { name: "asc" }],
  });
  return rows.map(toPerson);
}

/** Serialises changes to admins, so two admins demoting each other cannot both succeed. */
async function lockPeople(tx: Tx) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(7406217102::bigint)`;
}

async function loadForChange(tx: Tx, actor: AuditActor, userId: string, what: string) {
  await lockPeople(tx);
  const row = await tx.user.findUnique({ where: { id: userId }, select: personSelect });
  if (!row) throw new NotFoundError("user", userId);
  if (actor.userId === userId) {
    throw new RuleError("self", `You cannot ${what} your own account: ask another admin`);
  }
  return toPerson(row);
}

async function assertAnotherActiveAdmin(tx: Tx, userId: string, what: string) {
  const others = await tx.user.count({
    where: { role: "admin", active: true, id: { not: userId } },
  });
  if (others === 0) {
    throw new RuleError(
      "last_admin",
      `Cannot ${what} the last active admin: make someone else admin first`,
    );
  }
}

export async function setPersonRole(
  db: Db,
  actor: AuditActor,
  userId: string,
  role: Role,
): Promise<Person> {
  return db.$transaction(async (tx) => {
    const before = await loadForChange(tx, actor, userId, "change the role of");
    if (before.role === role) return before;
    if (may(before.role, "admin") && before.active)
      await assertAnotherActiveAdmin(tx, userId, "demote");
    const row = await tx.user.update({
      where: { id: userId },
      data: { role },
      select: personSelect,
    });
    const after = toPerson(row);
    await appendAudit(tx, actor, {
      action: "user.set_role",
      entityType: "user",
      entityId: userId,
      before: auditPerson(before),
      after: auditPerson(after),
    });
    return after;
  });
}

/** Deactivating also ends every session of theirs; their API tokens stop working too. */
export async function setPersonActive(
  db: Db,
  actor: AuditActor,
  userId: string,
  active: boolean,
): Promise<Person> {
  return db.$transaction(async (tx) => {
    const before = await loadForChange(tx, actor, userId, active ? "reactivate" : "deactivate");
    if (before.active === active) return before;
    if (!active && may(before.role, "admin"))
      await assertAnotherActiveAdmin(tx, userId, "deactivate");
    const row = await tx.user.update({
      where: { id: userId },
      data: { active },
      select: personSelect,
    });
    const ended = active ? 0 : (await tx.session.deleteMany({ where: { userId } })).count;
    const after = toPerson(row);
    await appendAudit(tx, actor, {
      action: active ? "user.reactivate" : "user.deactivate",
      entityType: "user",
      entityId: userId,
      before: auditPerson(before),
      after: { ...auditPerson(after), ...(active ? {} : { sessionsEnded: ended }) },
    });
    return after;
  });
}

// ---------------------------------------------------------------------------------------
// Invitations

const inviteInclude = {
  invitedBy: { select: { id: true, name: true } },
} satisfies Prisma.InviteInclude;

type InviteRow = Prisma.InviteGetPayload<{ include: typeof inviteInclude }>;

function inviteStatus(
  row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): InviteStatus {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  if (row.expiresAt <= now) return "expired";
  return "pending";
}

function toInvite(row: InviteRow, now = new Date()): Invite {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    status: inviteStatus(row, now),
    invitedBy: row.invitedBy,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

const auditInvite = (i: Invite) => ({
  email: i.email,
  role: i.role,
  status: i.status,
  expiresAt: i.expiresAt,
});

export async function createInvite(
  db: Db,
  actor: AuditActor & { userId: string },
  input: CreateInviteInput,
  now = new Date(),
): Promise<{ invite: Invite; token: string }> {
  const email = input.email.toLowerCase();
  const token = newSecret();
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (existing) {
      throw new ConflictError(`${email} already has an account`);
    }
    const row = await tx.invite.create({
      data: {
        email,
        role: input.role,
        tokenHash: sha256Hex(token),
        invitedById: actor.userId,
        expiresAt: new Date(now.getTime() + INVITE_LIFETIME_MS),
      },
      include: inviteInclude,
    });
    const invite = toInvite(row, now);
    await appendAudit(tx, actor, {
      action: "invite.create",
      entityType: "invite",
      entityId: invite.id,
      after: auditInvite(invite),
    });
    return { invite, token };
  });
}

export async function listInvites(db: Db, now = new Date()): Promise<Invite[]> {
  const rows = await db.invite.findMany({ include: inviteInclude, orderBy: { createdAt: "desc" } });
  return rows.map((r) => toInvite(r, now));
}

export async function revokeInvite(db: Db, actor: AuditActor, id: string): Promise<Invite> {
  return db.$transaction(async (tx) => {
    const before = await tx.invite.findUnique({ where: { id }, include: inviteInclude });
    if (!before) throw new NotFoundError("invitation", id);
    if (before.acceptedAt) {
      throw new RuleError("invite_used", "This invitation has already been accepted");
    }
    if (before.revokedAt) return toInvite(before);
    const row = await tx.invite.update({
      where: { id },
      data: { revokedAt: new Date() },
      include: inviteInclude,
    });
    await appendAudit(tx, actor, {
      action: "invite.revoke",
      entityType: "invite",
      entityId: id,
      before: auditInvite(toInvite(before)),
      after: auditInvite(toInvite(row)),
    });
    return toInvite(row);
  });
}

/** The invitation a raw token opens, if it can still be used; a clear error otherwise. */
async function usableInvite(tx: Tx | Db, token: string, now: Date) {
  const row = await tx.invite.findUnique({
    where: { tokenHash: sha256Hex(token) },
    include: inviteInclude,
  });
  if (!row) throw new NotFoundError("invitation", "for this link");
  const status = inviteStatus(row, now);
  if (status === "accepted") {
    throw new RuleError("invite_used", "This invitation has already been used: sign in instead");
  }
  if (status === "revoked") {
    throw new RuleError(
      "invite_revoked",
      "This invitation was withdrawn: ask an admin for a new one",
    );
  }
  if (status === "expired") {
    throw new RuleError(
      "invite_expired",
      "This invitation has expired: ask an admin for a new one",
    );
  }
  return row;
}

export async function inspectInvite(db: Db, token: string, now = new Date()) {
  const row = await usableInvite(db, token, now);
  return { email: row.email, role: row.role, expiresAt: row.expiresAt.toISOString() };
}

export interface AcceptInvite {
  token: string;
  name: string;
  /** Already hashed by the caller with Better Auth's hash: this package never sees a password. */
  passwordHash: string;
}

export async function acceptInvite(db: Db, input: AcceptInvite, now = new Date()): Promise<Person> {
  return db.$transaction(async (tx) => {
    // Lock the invitation before reading it: of two people racing with one link, the second
    // waits here and then finds it used.
    await tx.$executeRaw`SELECT 1 FROM invites WHERE token_hash = ${sha256Hex(input.token)} FOR UPDATE`;
    const invite = await usableInvite(tx, input.token, now);
    if (await tx.user.findUnique({ where: { email: invite.email }, select: { id: true } })) {
      throw new ConflictError(`${invite.email} already has an account: sign in instead`);
    }
    const user = await tx.user.create({
      data: { email: invite.email, name: input.name, role: invite.role, emailVerified: true },
    });
    await setCredentialPassword(tx, user.id, input.passwordHash);
    await tx.invite.update({
      where: { id: invite.id },
      data: { acceptedAt: now, acceptedById: user.id },
    });
    const person = toPerson(
      await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: personSelect }),
    );
    await appendAudit(
      tx,
      { userId: user.id, label: user.email, via: "invite" },
      {
        action: "invite.accept",
        entityType: "user",
        entityId: user.id,
        before: auditInvite(toInvite(invite, now)),
        after: { ...auditPerson(person), name: person.name, inviteId: invite.id },
      },
    );
    return person;
  });
}

// ---------------------------------------------------------------------------------------
// The first admin

/** True when someone can already administer: the first-admin command then refuses. */
export async function hasActiveAdmin(db: Db | Tx): Promise<boolean> {
  return (await db.user.count({ where: { role: "admin", active: true } })) > 0;
}

export async function createFirstAdmin(
  db: Db,
  input: { email: string; name: string; passwordHash: string },
  actor: AuditActor,
): Promise<Person> {
  const email = input.email.toLowerCase();
  return db.$transaction(
    async (tx) => {
      await lockPeople(tx);
      if (await hasActiveAdmin(tx)) {
        throw new RuleError(
          "admin_exists",
          "An active admin already exists: ask them to invite you",
        );
      }
      const existing = await tx.user.findUnique({ where: { email }, select: personSelect });
      const user = existing
        ? await tx.user.update({
            where: { email },
            data: { role: "admin", active: true, name: input.name },
            select: personSelect,
          })
        : await tx.user.create({
            data: { email, name: input.name, role: "admin", emailVerified: true },
            select: personSelect,
          });
      await setCredentialPassword(tx, user.id, input.passwordHash);
      const person = toPerson(
        await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: personSelect }),
      );
      await appendAudit(tx, actor, {
        action: "user.create_admin",
        entityType: "user",
        entityId: user.id,
        before: existing ? auditPerson(toPerson(existing)) : null,
        after: { ...auditPerson(person), name: person.name },
      });
      return person;
    },
    // Run once, by hand, perhaps against a busy or distant server: no need to be hasty.
    { timeout: 30_000 },
  );
}
