// The one place the editor reads its environment. Validated when the server starts
// (instrumentation.ts) rather than at build time, so a build (which needs no database) does
// not require it.
import "server-only";
import { randomBytes } from "node:crypto";
import { TrustedProxiesSchema } from "@armstrail/api/http";
import { z } from "zod";

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { message: "DATABASE_URL must be a postgresql:// address" }),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(5),
  /** Signs session cookies. Must be set (and kept) in production. */
  BETTER_AUTH_SECRET: z
    .string()
    .min(32, { message: "BETTER_AUTH_SECRET must be at least 32 characters" })
    .optional(),
  /** The editor's own public address: cookies, invite links and the CSRF origin check use it. */
  EDITOR_URL: z
    .url({ message: "EDITOR_URL must be an address such as http://localhost:3001" })
    .optional(),
  /** Where the explainer runs, to tell it to revalidate after publishing. */
  EXPLAINER_URL: z
    .url({ message: "EXPLAINER_URL must be an address such as http://localhost:3000" })
    .optional(),
  /**
   * Comma-separated CIDRs of the proxies in front of the editor (e.g. 10.0.0.0/8), so that
   * sign-in limits count the real client's address from X-Forwarded-For.
   */
  TRUSTED_PROXIES: TrustedProxiesSchema,
  /** Shared with the explainer's /api/revalidate. */
  REVALIDATE_SECRET: z
    .string()
    .min(16, { message: "REVALIDATE_SECRET must be at least 16 characters" })
    .optional(),
});

export type EditorEnv = Omit<z.infer<typeof EnvSchema>, "BETTER_AUTH_SECRET" | "EDITOR_URL"> & {
  BETTER_AUTH_SECRET: string;
  EDITOR_URL: string;
};

let cached: EditorEnv | undefined;

/** Parses an environment; exported for its unit test. */
export function parseEnv(source: Record<string, string | undefined>): EditorEnv {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    throw new Error(
      `The editor's environment is not valid: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  }
  const e = parsed.data;
  if (e.NODE_ENV === "production" && !e.BETTER_AUTH_SECRET) {
    throw new Error(
      "BETTER_AUTH_SECRET is not set. In production the editor needs a secret of at least 32 characters to sign sessions, e.g. `openssl rand -hex 32`.",
    );
  }
  return {
    ...e,
    // Outside production a throwaway secret is fine: sessions end when the server restarts.
    BETTER_AUTH_SECRET: e.BETTER_AUTH_SECRET ?? randomBytes(32).toString("hex"),
    EDITOR_URL: (e.EDITOR_URL ?? "http://localhost:3001").replace(/\/$/, ""),
  };
}

export function env(): EditorEnv {
  cached ??= parseEnv(process.env);
  return cached;
}
