// The package boundaries are enforced by lint: a forbidden import must fail `pnpm lint`.
// Each case writes a probe file into a real package, lints it with that package's own
// config, and removes it again.
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { afterEach, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
let probe = "";
afterEach(() => rmSync(probe, { force: true }));

async function restrictedImports(pkg, file, code) {
  const cwd = path.join(root, pkg);
  probe = path.join(cwd, file);
  writeFileSync(probe, code);
  const eslint = new ESLint({ cwd });
  const [result] = await eslint.lintFiles([probe]);
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("lint keeps the layers apart", () => {
  const cases = [
    ["packages/domain", "src/boundary-probe.ts", 'import "@armstrail/db";', /zod only/],
    ["packages/domain", "src/boundary-probe.ts", 'import "node:fs";', /no I\/O/],
    ["packages/db", "src/boundary-probe.ts", 'import "@armstrail/api";', /domain <- db <- api/],
    [
      "packages/api",
      "src/boundary-probe.ts",
      'import "@prisma/client";',
      /Only @armstrail\/db imports Prisma/,
    ],
    ["packages/auth", "src/boundary-probe.ts", 'import "@armstrail/api";', /auth may import/],
    ["packages/auth", "src/boundary-probe.ts", 'import "next/headers";', /framework-free/],
    ["packages/auth", "src/boundary-probe.ts", 'import "@prisma/client";', /Only @armstrail\/db/],
    ["packages/api", "src/boundary-probe.ts", 'import "@armstrail/auth";', /through Context/],
    [
      "packages/client",
      "src/boundary-probe.ts",
      'import { publicRouter } from "@armstrail/api";\nexport const r = publicRouter;',
      /only types/,
    ],
    ["apps/explainer", "src/app/boundary-probe.ts", 'import "@armstrail/db";', /server-only files/],
  ];
  it.each(cases)("%s: %s refuses `%s`", async (pkg, file, code, message) => {
    const messages = await restrictedImports(pkg, file, code);
    expect(messages.join("\n")).toMatch(message);
  });

  it("lets each layer import what it may", async () => {
    expect(
      await restrictedImports("packages/domain", "src/boundary-probe.ts", 'import "zod";'),
    ).toEqual([]);
    expect(
      await restrictedImports(
        "packages/client",
        "src/boundary-probe.ts",
        'import type { PublicRouter } from "@armstrail/api";\nexport type R = PublicRouter;',
      ),
    ).toEqual([]);
    expect(
      await restrictedImports(
        "packages/auth",
        "src/boundary-probe.ts",
        'import "@armstrail/db";\nimport "better-auth";',
      ),
    ).toEqual([]);
    expect(
      await restrictedImports(
        "apps/explainer",
        "src/server/boundary-probe.ts",
        'import "@armstrail/db";',
      ),
    ).toEqual([]);
  });
});
