import { readFileSync } from "node:fs";
import { domainEnums } from "@armstrail/domain";
import { describe, expect, it } from "vitest";
import { migrationPaths } from "./testing/database";

/** enum Name { a b c } blocks of schema.prisma, as name -> values. */
function prismaEnums(schema: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of schema.matchAll(/^enum (\w+) \{\n([\s\S]*?)\n\}/gm)) {
    const values = (m[2] ?? "")
      .split("\n")
      .map((l) => l.replace(/\/\/.*$/, "").trim())
      .filter(Boolean);
    out.set(m[1] ?? "", values);
  }
  return out;
}

describe("schema.prisma enums", () => {
  const enums = prismaEnums(readFileSync(migrationPaths.schemaPath, "utf8"));

  it("are exactly the domain's enums, value for value and in order", () => {
    expect([...enums.keys()].sort()).toEqual(Object.keys(domainEnums).sort());
    for (const [name, schema] of Object.entries(domainEnums)) {
      expect(enums.get(name), name).toEqual(schema.options);
    }
  });

  it("are read correctly by this test (a renamed value would be caught)", () => {
    const tampered = prismaEnums("enum Verdict {\n  accurate\n  wrong\n}\n");
    expect(tampered.get("Verdict")).not.toEqual(domainEnums.Verdict.options);
  });
});
