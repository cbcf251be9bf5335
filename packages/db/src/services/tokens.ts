// API tokens for internal tools. An admin issues a named token that acts as one user with
// at most its scope's rights; the raw token is returned once and only its SHA-256 stored.
import { tokenRights, type ApiToken, type CreateApiTokenInput } from "@armstrail/domain";
import type { Db } from "../client";
import { NotFoundError, RuleError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { SessionUser } from "../repositories/users";
import { appendAudit, type AuditActor } from "./audit";
import { newSecret, sha256Hex } from "./secrets";

/** Every raw token starts with this, so secret scanners and people can recognise one. */
export const API_TOKEN_PREFIX = "at_";
/** Writing lastUsedAt on every call would turn each read into a write; once a minute is enough. */
const LAST_USED_GRANULARITY_MS = 60_000;

const tokenInclude = {
  user: { select: { id: true, name: true, email: true } },
  createdBy: { select: { id: true, name: true } },
} satisfies Prisma.ApiTokenInclude;

type TokenRow = Prisma.ApiTokenGetPayload<{ include: typeof tokenInclude }>;

function toApiToken(row: TokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scope: row.scope,
    user: row.user,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/** What the audit log keeps of a token: never the secret or its hash. */
function auditView(t: ApiToken) {
  return {
    name: t.name,
    prefix: t.prefix,
    scope: t.scope,
    userId: t.user.id,
    revokedAt: t.revokedAt,
  };
}

export async function issueApiToken(
  db: Db,
  actor: AuditActor & { userId: string },
  input: CreateApiTokenInput,
): Promise<{ token: ApiToken; secret: string }> {
  const secret = `${API_TOKEN_PREFIX}${newSecret()}`;
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId } });
    if (!user) throw new NotFoundError("user", input.userId);
    if (!user.active) {
      throw new RuleError("user_inactive", `${user.email} is deactivated: a token would not work`);
    }
    const row = await tx.apiToken.create({
      data: {
        name: input.name,
        scope: input.scope,
        prefix: secret.slice(0, API_TOKEN_PREFIX.length + 6),
        tokenHash: sha256Hex(secret),
        userId: user.id,
        createdById: actor.userId,
      },
      include: tokenInclude,
    });
    const token = toApiToken(row);
    await appendAudit(tx, actor, {
      action: "token.issue",
      entityType: "api_token",
      entityId: token.id,
      after: auditView(token),
    });
    return { token, secret };
  });
}

export async function listApiTokens(db: Db): Promise<ApiToken[]> {
  const rows = await db.apiToken.findMany({
    include: tokenInclude,
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
  });
  return rows.map(toApiToken);
}

export async function revokeApiToken(db: Db, actor: AuditActor, id: string): Promise<ApiToken> {
  return db.$transaction(async (tx) => {
    const before = await tx.apiToken.findUnique({ where: { id }, include: tokenInclude });
    if (!before) throw new NotFoundError("API token", id);
    if (before.revokedAt) return toApiToken(before);
    const row = await tx.apiToken.update({
      where: { id },
      data: { revokedAt: new Date() },
      include: tokenInclude,
    });
    const token = toApiToken(row);
    await appendAudit(tx, actor, {
      action: "token.revoke",
      entityType: "api_token",
      entityId: id,
      before: auditView(toApiToken(before)),
      after: auditView(token),
    });
    return token;
  });
}

/**
 * The caller a raw API token stands for, or null when it is unknown, revoked, or its user
 * is deactivated. Its rights are the lower of its scope and the user's role.
 */
export async function resolveApiToken(
  db: Db,
  secret: string,
  now = new Date(),
): Promise<SessionUser | null> {
  if (!secret.startsWith(API_TOKEN_PREFIX) || secret.length > 200) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: sha256Hex(secret) },
    include: { user: { select: { id: true, name: true, email: true, role: true, active: true } } },
  });
  if (!row || row.revokedAt || !row.user.active) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_GRANULARITY_MS) {
    // Conditional, so concurrent calls write at most once per minute between them.
    await db.apiToken.updateMany({
      where: {
        id: row.id,
        OR: [
          { lastUsedAt: null },
          { lastUsedAt: { lte: new Date(now.getTime() - LAST_USED_GRANULARITY_MS) } },
        ],
      },
      data: { lastUsedAt: now },
    });
  }
  const rights = tokenRights(row.scope, row.user.role);
  return {
    id: row.user.id,
    name: row.user.name,
    email: row.user.email,
    role: rights.role,
    via: "token",
    token: { id: row.id, name: row.name, readOnly: rights.readOnly },
  };
}
