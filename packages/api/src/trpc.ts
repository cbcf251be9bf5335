// One tRPC init for both root routers. The public router uses `publicProcedure` and never
// looks at the session; the editor router's procedures all require one.
import {
  ConflictError,
  ForbiddenError,
  InputError,
  NotFoundError,
  RuleError,
  type Db,
  type SessionUser,
} from "@armstrail/db";
import { accessRoles, type Access, type Role } from "@armstrail/domain";
import { TRPCError, initTRPC } from "@trpc/server";
import { ZodError, z } from "zod";

export interface Context {
  db: Db;
  /** The signed-in person, if any. Always null on the public side. */
  session: SessionUser | null;
  /**
   * Better Auth's password hash, handed in by the app that mounts the router, so this
   * package never imports the auth library. Needed only to accept invitations.
   */
  hashPassword?: ((password: string) => Promise<string>) | undefined;
}

/** Field path -> messages, so a form can show each error beside its field. */
function fieldErrors(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "(input)";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const zod = cause instanceof ZodError || cause instanceof InputError ? cause : null;
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    return {
      ...shape,
      // A bad input names its fields in the message too, for callers that read only that.
      message: internal
        ? "Something went wrong on our side. It has been logged."
        : zod && error.code === "BAD_REQUEST"
          ? `Invalid input: ${Object.entries(fieldErrors(zod))
              .map(([k, v]) => `${k}: ${v.join("; ")}`)
              .join(" | ")}`
          : shape.message,
      data: {
        ...shape.data,
        // Never send stack traces to callers.
        stack: undefined,
        fieldErrors: zod && error.code === "BAD_REQUEST" ? fieldErrors(zod) : null,
        conflict: cause instanceof ConflictError ? cause.details : null,
      },
    };
  },
});

export const createCallerFactory = t.createCallerFactory;
export const router = t.router;

/** Typed errors from services become tRPC errors with the right code. */
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    // A service's own input check (an unknown reference, an identifier already taken)
    // answers like a schema error: BAD_REQUEST with the field's path in fieldErrors.
    if (cause instanceof InputError)
      throw new TRPCError({ code: "BAD_REQUEST", message: cause.message, cause });
    if (cause instanceof NotFoundError)
      throw new TRPCError({ code: "NOT_FOUND", message: cause.message, cause });
    if (cause instanceof ConflictError)
      throw new TRPCError({ code: "CONFLICT", message: cause.message, cause });
    if (cause instanceof RuleError)
      throw new TRPCError({ code: "PRECONDITION_FAILED", message: cause.message, cause });
    if (cause instanceof ForbiddenError)
      throw new TRPCError({ code: "FORBIDDEN", message: cause.message, cause });
  }
  return result;
});

/** Published data only; the session is never consulted. */
export const publicProcedure = t.procedure.use(mapErrors);

/**
 * The editor's few doors for people who are not signed in yet (opening and accepting an
 * invitation). Not for anything else: the invitation token is the credential there.
 */
export const anonymousProcedure = t.procedure.use(mapErrors);

/** Anyone signed in to the editor. */
export const signedInProcedure = t.procedure.use(mapErrors).use(({ ctx, type, next }) => {
  if (!ctx.session)
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to use the editor" });
  if (type === "mutation" && ctx.session.token?.readOnly) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "This API token may only read: ask an admin for a token with a role's scope",
    });
  }
  return next({ ctx: { ...ctx, session: ctx.session } });
});

/** Signed in with one of the given roles. Roles are checked here, not only in the interface. */
export function roleProcedure(...roles: Role[]) {
  return signedInProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.session.role)) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: `This needs one of these roles: ${roles.join(", ")}`,
      });
    }
    return next();
  });
}

/** Signed in with a role the domain's table (`accessRoles`) lets reach `access`. */
export function accessProcedure(access: Access) {
  return roleProcedure(...accessRoles[access]);
}

export { z };
