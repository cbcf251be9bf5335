// Every string the public API takes, found by walking the input schema of every public
// procedure: each refuses a NUL byte as a bad request (PostgreSQL refuses one in text,
// so letting it through answers 500), and a search refuses it while taking the same words.
import { describe, expect, it } from "vitest";
import { stringFields, type ProcedureDef } from "../string-leaves";
import { publicRouter } from ".";

const fields = stringFields(
  publicRouter._def.procedures as unknown as Record<string, ProcedureDef>,
);

describe("every text field of every public procedure", () => {
  it("finds the fields (the walk itself works)", () => {
    const names = fields.map((f) => `${f.procedure} ${f.path}`);
    expect(names).toContain("search query");
    expect(names).toContain("claim.byRef ref");
    expect(names).toContain("claim.list actorRef");
  });

  it.each(fields.map((f) => [`${f.procedure} ${f.path}`, f.schema] as const))(
    "%s refuses a NUL byte",
    (_name, schema) => {
      expect(schema.safeParse("Rason port\u0000 shells").success).toBe(false);
    },
  );

  it("search takes the words and refuses them with a NUL byte", () => {
    const query = fields.find((f) => f.procedure === "search" && f.path === "query")!.schema;
    expect(query.safeParse("Rason port shells").success).toBe(true);
    expect(query.safeParse("Rason port\u0000 shells").success).toBe(false);
  });
});
