// The one place the explainer reads its environment. Validated when the server starts
// (instrumentation.ts) rather than at build time, so a build (which needs no database) does
// not require it.
import "server-only";
import { MAX_BATCH_SIZE, TrustedProxiesSchema } from "@armstrail/api/http";
import { z } from "zod";

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { message: "DATABASE_URL must be a postgresql:// address" }),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(5),
  /** Shared with the editor, which calls /api/revalidate when it publishes or retracts. */
  REVALIDATE_SECRET: z
    .string()
    .min(16, { message: "REVALIDATE_SECRET must be at least 16 characters" })
    .optional(),
  /**
   * Calls of the public API each client address may make a minute, per instance (a batch
   * counts each of its calls). 0 turns the limit off, as the fuzz test does.
   */
  PUBLIC_API_RATE_LIMIT: z.coerce
    .number()
    .int()
    .refine((n) => n === 0 || n >= MAX_BATCH_SIZE, {
      message: `PUBLIC_API_RATE_LIMIT must be 0 (off) or at least ${MAX_BATCH_SIZE}, one whole batch`,
    })
    .default(300),
  /** Addresses or CIDRs of the proxies in front of the explainer, skipped when reading the client's address. */
  TRUSTED_PROXIES: TrustedProxiesSchema,
  /** The public address (canonical links, feeds; HSTS when it is https). */
  SITE_URL: z
    .url({ message: "SITE_URL must be an address such as https://armstrail.example" })
    .optional(),
});

export type ExplainerEnv = z.infer<typeof EnvSchema>;

let cached: ExplainerEnv | undefined;

/** Parses an environment; exported for its unit test. */
export function parseEnv(source: Record<string, string | undefined>): ExplainerEnv {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    throw new Error(
      `The explainer's environment is not valid: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  }
  return parsed.data;
}

export function env(): ExplainerEnv {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The public address of the site, for canonical URLs, feeds and JSON-LD. */
export function siteUrl(): string {
  return (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/$/, "");
}
