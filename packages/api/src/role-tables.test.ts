// Permissions are read from the domain's tables (`accessRoles`, `actionRoles`,
// `storyActionRoles`, `claimTransitions`), never restated: this test fails when code outside
// the domain lists roles, compares a role with a role's name, or ranks roles itself. A new
// right goes into the domain's table, and the API, the services and the editor follow it.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const scanned = ["packages/api/src", "packages/db/src", "apps/editor/src"];

const role = `"(?:contributor|fact_checker|editor|admin)"`;
const restatements: [RegExp, string][] = [
  [new RegExp(`\\[\\s*${role}\\s*,`), "a list of roles"],
  [new RegExp(`roleProcedure\\(\\s*${role}`), "roles given to roleProcedure"],
  [new RegExp(`\\brole\\s*[!=]==\\s*${role}`), "a role compared with a role's name"],
  [/\broleRank\[/, "a rank comparison"],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (["node_modules", "generated", ".next"].includes(name)) return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    const code = /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name);
    return code ? [full] : [];
  });
}

/** Each restatement in a file's text, by line (a list may span lines). */
function restatedRoles(text: string): string[] {
  return restatements.flatMap(([re, what]) =>
    [...text.matchAll(new RegExp(re.source, "g"))].map((m) => {
      const line = text.slice(0, m.index).split("\n").length;
      return `${line}: ${what}: ${m[0].replace(/\s+/g, " ")}`;
    }),
  );
}

describe("roles come from the domain's tables", () => {
  it("recognises a restated role list, role comparison and rank check", () => {
    expect(restatedRoles(`roleProcedure("fact_checker", "editor", "admin")`)).toHaveLength(1);
    expect(restatedRoles(`const merge = ["editor", "admin"] as const;`)).toHaveLength(1);
    expect(restatedRoles(`if (session.role !== "editor") throw x;`)).toHaveLength(1);
    expect(restatedRoles(`const r = roleRank[me.role] >= roleRank.editor;`)).toHaveLength(1);
    expect(restatedRoles(`roleProcedure(\n  "contributor",\n  "admin",\n)`)).toHaveLength(1);
    expect(restatedRoles(`accessProcedure("review")`)).toEqual([]);
  });

  it("no code in the API, the db services or the editor restates them", () => {
    const found = scanned
      .flatMap((dir) => sourceFiles(path.join(root, dir)))
      .flatMap((file) =>
        restatedRoles(readFileSync(file, "utf8")).map(
          (hit) => `${path.relative(root, file)}:${hit}`,
        ),
      );
    expect(found).toEqual([]);
  });
});
