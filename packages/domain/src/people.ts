import { z } from "zod";
import { RoleSchema, TokenScopeSchema, roleRank, type Role, type TokenScope } from "./enums";
import { IdSchema } from "./ref";
import { searchText, text } from "./text";

/** Shortest password anyone may set. Length beats composition rules (NIST SP 800-63B). */
export const MIN_PASSWORD_LENGTH = 12;
/** Longest password accepted, so hashing cost stays bounded. */
export const MAX_PASSWORD_LENGTH = 128;

export const EmailSchema = z
  .email({ message: "Expected an email address" })
  .max(254, { message: "Must be at most 254 characters" })
  .transform((s) => s.toLowerCase());

export const PasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, {
    message: `Must be at least ${MIN_PASSWORD_LENGTH} characters`,
  })
  .max(MAX_PASSWORD_LENGTH, { message: `Must be at most ${MAX_PASSWORD_LENGTH} characters` })
  // Any other character may be in a password; a NUL is never typed, and is refused
  // everywhere a caller can send text.
  .refine((s) => !s.includes("\u0000"), { message: "Must not contain a NUL character" });

export const PersonNameSchema = text(120);

/** A person as an admin sees them. Never carries a password hash or session. */
export const PersonSchema = z.object({
  id: IdSchema,
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  active: z.boolean(),
  /** False for accounts that cannot sign in (the seed's desk accounts). */
  canSignIn: z.boolean(),
  createdAt: z.string(),
});
export type Person = z.infer<typeof PersonSchema>;

export const SetRoleInputSchema = z.object({ userId: IdSchema, role: RoleSchema });
export type SetRoleInput = z.infer<typeof SetRoleInputSchema>;

export const SetActiveInputSchema = z.object({ userId: IdSchema, active: z.boolean() });
export type SetActiveInput = z.infer<typeof SetActiveInputSchema>;

/** Raw secrets we hand out (invite links, API tokens): URL-safe, bounded. */
export const InviteTokenSchema = z
  .string()
  .min(20, { message: "This invitation link is incomplete" })
  .max(200, { message: "This invitation link is not valid" })
  .regex(/^[A-Za-z0-9_-]+$/, { message: "This invitation link is not valid" });

export const InviteStatusSchema = z.enum(["pending", "accepted", "expired", "revoked"]);
export type InviteStatus = z.infer<typeof InviteStatusSchema>;

export const InviteSchema = z.object({
  id: IdSchema,
  email: z.string(),
  role: RoleSchema,
  status: InviteStatusSchema,
  invitedBy: z.object({ id: IdSchema, name: z.string() }),
  createdAt: z.string(),
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type Invite = z.infer<typeof InviteSchema>;

export const CreateInviteInputSchema = z.object({ email: EmailSchema, role: RoleSchema });
export type CreateInviteInput = z.infer<typeof CreateInviteInputSchema>;

/** The raw token is in this answer only: it is never stored and cannot be shown again. */
export const CreatedInviteSchema = z.object({ invite: InviteSchema, token: z.string() });

export const InviteTokenInputSchema = z.object({ token: InviteTokenSchema });

/** What someone holding an invitation link may learn about it: no more. */
export const InvitePreviewSchema = z.object({
  email: z.string(),
  role: RoleSchema,
  expiresAt: z.string(),
});

export const AcceptInviteInputSchema = z.object({
  token: InviteTokenSchema,
  name: PersonNameSchema,
  password: PasswordSchema,
});
export type AcceptInviteInput = z.infer<typeof AcceptInviteInputSchema>;

export const ApiTokenSchema = z.object({
  id: IdSchema,
  name: z.string(),
  /** The first characters of the token, so people can tell tokens apart. */
  prefix: z.string(),
  scope: TokenScopeSchema,
  user: z.object({ id: IdSchema, name: z.string(), email: z.string() }),
  createdBy: z.object({ id: IdSchema, name: z.string() }),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof ApiTokenSchema>;

/**
 * The rights a token carries: never more than its owner's role, never admin's (no scope
 * reaches it), and read-only for the read scope, which reads what an editor may read.
 */
export function tokenRights(scope: TokenScope, userRole: Role): { role: Role; readOnly: boolean } {
  const cap: Role = scope === "read" ? "editor" : scope;
  return {
    role: roleRank[cap] < roleRank[userRole] ? cap : userRole,
    readOnly: scope === "read",
  };
}

export const CreateApiTokenInputSchema = z.object({
  userId: IdSchema,
  name: text(80),
  scope: TokenScopeSchema,
});
export type CreateApiTokenInput = z.infer<typeof CreateApiTokenInputSchema>;

/** The raw token is in this answer only: only its SHA-256 is stored. */
export const CreatedApiTokenSchema = z.object({ token: ApiTokenSchema, secret: z.string() });

export const AuditListInputSchema = z.object({
  entityType: searchText({ max: 40 }).optional(),
  entityId: searchText({ max: 80 }).optional(),
  actorId: IdSchema.optional(),
  limit: z.number().int().min(1).max(200).default(50),
  /** Entries older than this sequence number, for paging back in time. */
  before: z
    .string()
    .regex(/^\d{1,19}$/, { message: "Expected a sequence number" })
    .nullish(),
});

export const AuditEntrySchema = z.object({
  seq: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorLabel: z.string(),
  via: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  hash: z.string(),
});

export const AuditPageSchema = z.object({
  items: z.array(AuditEntrySchema),
  nextBefore: z.string().nullable(),
});

/**
 * The audit chain's newest hash, published so that anyone can keep it and later check that
 * the log still reaches it (a cut tail cannot be seen from the chain alone). It says nothing
 * else of the log: no actor, action or entity. While the log is empty, the hash is 64 zeros.
 */
export const AuditHeadSchema = z.object({
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  count: z.number().int().nonnegative(),
  at: z.iso.datetime().nullable(),
});
export type AuditHead = z.infer<typeof AuditHeadSchema>;

export const AuditVerificationSchema = z.union([
  z.object({ ok: z.literal(true), entries: z.number(), lastHash: z.string() }),
  z.object({
    ok: z.literal(false),
    entries: z.number(),
    brokenAt: z.string(),
    problem: z.string(),
  }),
]);
