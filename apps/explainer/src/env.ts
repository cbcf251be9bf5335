// The one place the explainer reads its environment. Validated on first use, so a
// build (which needs no database) does not require it.
import "server-only";
import { z } from "zod";

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { message: "DATABASE_URL must be a postgresql:// address" }),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(5),
});

let cached: z.infer<typeof EnvSchema> | undefined;

export function env() {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(
      `The explainer's environment is not valid: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  }
  cached = parsed.data;
  return cached;
}
