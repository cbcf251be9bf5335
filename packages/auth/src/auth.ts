// Sign-in for the editor: Better Auth with its Prisma adapter, email and password only.
// Nobody signs up (people join by invitation), sessions live in HttpOnly SameSite=Lax
// cookies checked against the database on every request (no cookie cache, so deactivating
// someone ends their access at once), attempts are rate-limited in the database, and every
// sign-in, successful or not, goes into the audit log.
import {
  appendAudit,
  clearRateLimit,
  consumeRateLimit,
  isFirstAttempt,
  isRateLimitSpent,
  pruneRateLimits,
  refundRateLimit,
  sha256Hex,
  type Db,
} from "@armstrail/db";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@armstrail/domain";
import { APIError, betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { createAuthMiddleware, getIP, isAPIError } from "better-auth/api";
import { isSameOriginMutation } from "./csrf";

export interface AuthConfig {
  db: Db;
  /** At least 32 random characters; signs the session cookie. */
  secret: string;
  /** Where the editor is served, e.g. http://localhost:3001. */
  baseURL: string;
  /** Origins allowed to call the auth endpoints from a browser (the editor's own). */
  trustedOrigins: string[];
  /** Mark cookies Secure. True wherever the editor is served over HTTPS. */
  secureCookies: boolean;
  /**
   * Addresses (CIDR) of the proxies in front of the editor. With them, the client's address
   * is the last `X-Forwarded-For` entry that is not one of them. Without them the header is
   * ignored: anyone can write it, and a Next.js route handler cannot see the connection's own
   * address, so the client's address is unknown and sign-in is limited per account only.
   */
  trustedProxies?: string[];
}

export const SIGN_IN_PATH = "/sign-in/email";
/** Ten failed attempts per account, and ten accounts failed per client address, in fifteen minutes. */
export const SIGN_IN_RULE = { window: 15 * 60, max: 10 };
// Both sign-in limits are ours, not Better Auth's, so that a refused attempt is audited like
// any other (Better Auth's limiter answers 429 before any hook runs), and so that only
// failures count: a newsroom behind one address signs in many times on a Monday morning.
// Every attempt is counted up front, in one statement, so parallel guesses cannot slip past
// the limit together; a successful one is given back afterwards.
const SIGN_IN_LIMIT = { windowMs: SIGN_IN_RULE.window * 1000, max: SIGN_IN_RULE.max };
// Per account: an attacker who rotates addresses still meets it. Per address, what counts is
// how many accounts failed from it, not how many guesses: someone hammering one account adds
// one, so they lock that account and never the colleagues who share their address, while one
// address guessing its way through the newsroom is still stopped at the eleventh account.
const addressKey = (ip: string) => `sign-in-ip:${ip}`;
const accountKey = (email: string) => `sign-in-account:${sha256Hex(email)}`;
const pairKey = (ip: string, email: string) => `sign-in-pair:${sha256Hex(`${ip} ${email}`)}`;

// Endpoints we do not offer: self-service email and profile changes would bypass the
// admin and the audit log, and there is no mail to send reset or verification links.
const DISABLED_PATHS = [
  "/sign-up/email",
  "/update-user",
  "/change-email",
  "/delete-user",
  "/request-password-reset",
  "/reset-password",
  "/verify-email",
  "/send-verification-email",
  "/sign-in/social",
  "/link-social",
];

export function createAuth({
  db,
  secret,
  baseURL,
  trustedOrigins,
  secureCookies,
  trustedProxies = [],
}: AuthConfig) {
  if (secret.length < 32) throw new Error("The auth secret must be at least 32 characters long");

  const options = {
    appName: "Arms Trail",
    baseURL,
    secret,
    trustedOrigins,
    database: prismaAdapter(db, { provider: "postgresql", transaction: true }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
    },
    disabledPaths: DISABLED_PATHS,
    session: {
      expiresIn: 60 * 60 * 24 * 7,
      updateAge: 60 * 60 * 24,
      cookieCache: { enabled: false },
    },
    rateLimit: {
      // Better Auth turns it on only in production by default; we want it everywhere.
      enabled: true,
      storage: "database" as const,
      window: 60,
      max: 100,
      // Sign-in is limited in the before hook below instead (audited).
      customRules: { [SIGN_IN_PATH]: false as const },
    },
    advanced: {
      cookiePrefix: "armstrail",
      useSecureCookies: secureCookies,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" as const, secure: secureCookies },
      // Our ids are uuid columns that Prisma fills (uuid v7), so Better Auth must not make its own.
      database: { generateId: false as const },
      // Better Auth believes a single-entry X-Forwarded-For when it has no proxies to check;
      // we believe none. With tracking off, it records no address on sessions either, and
      // its own limiter skips requests whose address it cannot tell rather than putting
      // them all in one shared bucket that anyone could fill.
      ipAddress: { trustedProxies, disableIpTracking: trustedProxies.length === 0 },
    },
    telemetry: { enabled: false },
    databaseHooks: {
      session: {
        create: {
          // Runs after the password has been checked: a deactivated account gets no session.
          before: async (session: { userId: string }) => {
            const user = await db.user.findUnique({
              where: { id: session.userId },
              select: { active: true },
            });
            if (!user?.active) {
              throw new APIError("FORBIDDEN", {
                code: "ACCOUNT_DEACTIVATED",
                message: "This account has been deactivated. Ask an admin if that is a mistake.",
              });
            }
          },
        },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        // Better Auth checks Origin only when a cookie is present, which leaves sign-in open
        // to login CSRF (a foreign page signing a visitor in as someone else): every
        // browser-sent POST here must come from one of our own origins.
        if (ctx.request && !isSameOriginMutation(ctx.request, trustedOrigins)) {
          const email = emailOf(ctx.body);
          if (ctx.path === SIGN_IN_PATH && email) {
            await auditSignIn(db, { email, ok: false, reason: "CROSS_SITE_REQUEST" });
          }
          throw new APIError("FORBIDDEN", {
            code: "CROSS_SITE_REQUEST",
            message: "This request did not come from the editor",
          });
        }
        if (ctx.path !== SIGN_IN_PATH) return;
        const email = emailOf(ctx.body) ?? NO_EMAIL;
        const ip = ctx.request ? getIP(ctx.request, ctx.context.options) : null;
        const userAgent = ctx.headers?.get("user-agent")?.slice(0, 200) ?? null;
        await pruneRateLimits(db);
        // An attempt whose address is unknown (no trusted proxy, or a chain we cannot read) is
        // counted per account only: a shared "unknown" bucket would let anyone lock out
        // everyone else in it.
        const newAccount =
          ip !== null && (await isFirstAttempt(db, pairKey(ip, email), SIGN_IN_LIMIT.windowMs));
        const fromAddress =
          ip === null ||
          (newAccount
            ? await consumeRateLimit(db, addressKey(ip), SIGN_IN_LIMIT)
            : !(await isRateLimitSpent(db, addressKey(ip), SIGN_IN_LIMIT)));
        const forAccount =
          fromAddress && (await consumeRateLimit(db, accountKey(email), SIGN_IN_LIMIT));
        // Refused for the account alone: the address forgets the account again, so a locked
        // account never weighs on the address its owner shares with colleagues.
        if (fromAddress && !forAccount && ip !== null) {
          await clearRateLimit(db, pairKey(ip, email));
          if (newAccount) await refundRateLimit(db, addressKey(ip));
        }
        if (fromAddress && forAccount) return;
        const reason = fromAddress
          ? "TOO_MANY_ATTEMPTS_FOR_ACCOUNT"
          : "TOO_MANY_ATTEMPTS_FROM_ADDRESS";
        await auditSignIn(db, {
          email,
          ok: false,
          reason,
          ip,
          userAgent,
        });
        throw new APIError("TOO_MANY_REQUESTS", {
          code: "TOO_MANY_ATTEMPTS",
          message: fromAddress
            ? "Too many sign-in attempts for this account. Try again later."
            : "Too many sign-in attempts from your address. Try again later.",
        });
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== SIGN_IN_PATH) return;
        const returned = ctx.context.returned;
        const newSession = ctx.context.newSession;
        const ip = ctx.request ? getIP(ctx.request, ctx.context.options) : null;
        const userAgent = ctx.headers?.get("user-agent")?.slice(0, 200) ?? null;
        const email = emailOf(ctx.body) ?? NO_EMAIL;
        if (newSession && !isAPIError(returned)) {
          // The owner got in: their account's failures, and its one count on the address, go.
          if (ip !== null) {
            await clearRateLimit(db, pairKey(ip, email));
            await refundRateLimit(db, addressKey(ip));
          }
          await clearRateLimit(db, accountKey(email));
          await auditSignIn(db, { email, ok: true, userId: newSession.user.id, ip, userAgent });
        } else {
          const code = isAPIError(returned)
            ? (returned.body as { code?: unknown } | undefined)?.code
            : undefined;
          const reason = typeof code === "string" ? code : "UNKNOWN";
          await auditSignIn(db, { email, ok: false, reason, ip, userAgent });
        }
      }),
    },
  };
  return betterAuth(options);
}

export type Auth = ReturnType<typeof createAuth>;

const NO_EMAIL = "(no email given)";

function emailOf(body: unknown): string | null {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" && email.length > 0
    ? email.trim().toLowerCase().slice(0, 254)
    : null;
}

async function auditSignIn(
  db: Db,
  e: {
    email: string;
    ok: boolean;
    userId?: string;
    reason?: string;
    ip?: string | null;
    userAgent?: string | null;
  },
) {
  await db.$transaction(async (tx) => {
    // A failed attempt names the account it was aimed at, if there is one, so an admin can
    // see attempts against a person; the actor stays unknown.
    const target =
      e.userId ??
      (await tx.user.findUnique({ where: { email: e.email }, select: { id: true } }))?.id ??
      null;
    await appendAudit(
      tx,
      { userId: e.ok ? target : null, label: e.email, via: "sign-in" },
      {
        action: e.ok ? "auth.sign_in" : "auth.sign_in_failed",
        entityType: "user",
        entityId: target,
        after: {
          email: e.email,
          ...(e.reason ? { reason: e.reason } : {}),
          ip: e.ip ?? null,
          userAgent: e.userAgent ?? null,
        },
      },
    );
  });
}
