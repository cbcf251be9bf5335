// The one place the command-line tool reads its environment.
import path from "node:path";
import { z } from "zod";

const EnvSchema = z.object({
  ARMSTRAIL_EDITOR_URL: z.url().default("http://localhost:3001"),
  ARMSTRAIL_PUBLIC_URL: z.url().default("http://localhost:3000"),
  ARMSTRAIL_TOKEN: z.string().min(1).optional(),
  // pnpm runs root scripts from the repository root; relative paths mean the caller's folder.
  INIT_CWD: z.string().optional(),
});

export type CliEnv = {
  editorUrl: string;
  publicUrl: string;
  token: string | undefined;
  cwd: string;
};

export function readEnv(env: NodeJS.ProcessEnv = process.env): CliEnv {
  const parsed = EnvSchema.parse(env);
  return {
    editorUrl: parsed.ARMSTRAIL_EDITOR_URL,
    publicUrl: parsed.ARMSTRAIL_PUBLIC_URL,
    token: parsed.ARMSTRAIL_TOKEN,
    cwd: parsed.INIT_CWD ?? process.cwd(),
  };
}

export const resolvePath = (env: CliEnv, file: string) => path.resolve(env.cwd, file);
