// Every place a person can type into the editor, found by walking the input schema of every
// procedure on the router, refuses what must never be stored: bidirectional overrides and
// other invisible control characters (which make a sentence display differently from what
// it says) and text too long to be anything but an attack. A new procedure or field that
// takes a bare `z.string()` fails here. What is refused is named by its path (see the
// hostile-input tests for the answer a caller gets); markup is accepted and stored as text.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { editorProcedures as procedures } from "./router-walk";

interface Leaf {
  path: string;
  schema: z.ZodType;
}

/** The string leaves of a schema, with their paths ("evidence[].supports"). */
function stringLeaves(schema: z.ZodType, path: string, out: Leaf[], seen = new Set()): Leaf[] {
  if (seen.has(schema)) return out;
  seen.add(schema);
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const walk = (s: unknown, p: string) => stringLeaves(s as z.ZodType, p, out, seen);
  switch (def.type) {
    case "string":
      out.push({ path, schema });
      break;
    case "object":
      for (const [key, s] of Object.entries(def.shape as Record<string, unknown>))
        walk(s, path ? `${path}.${key}` : key);
      break;
    case "array":
      walk(def.element, `${path}[]`);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "nonoptional":
    case "readonly":
    case "catch":
      walk(def.innerType, path);
      break;
    case "pipe":
      // A refined or transformed string is still a string people type: test the whole pipe.
      if (leadsToString(def.in as z.ZodType)) out.push({ path, schema });
      else walk(def.in, path);
      break;
    case "union":
      for (const s of def.options as unknown[]) walk(s, path);
      break;
    case "intersection":
      walk(def.left, path);
      walk(def.right, path);
      break;
    case "record":
      walk(def.valueType, `${path}{}`);
      break;
    case "lazy":
      walk((def.getter as () => unknown)(), path);
      break;
    default:
      break;
  }
  return out;
}

function leadsToString(schema: z.ZodType): boolean {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  if (def.type === "string") return true;
  if (def.type === "pipe") return leadsToString(def.in as z.ZodType);
  return false;
}

const fields = Object.entries(procedures).flatMap(([name, p]) =>
  p._def.inputs.flatMap((schema) =>
    stringLeaves(schema, "", []).map((leaf) => ({
      procedure: name,
      mutation: p._def.type === "mutation",
      ...leaf,
    })),
  ),
);

/**
 * Typed text that is not kept as typed: passwords are hashed as given (any character may be
 * in one), and an imported file is a file, whose every field the import then checks with
 * the same rules as a form (see the import tests).
 */
const notKept = new Set(["invite.accept password", "import.dossier text"]);
const oversized = "x".repeat(10_000_001);

describe("every text field of every editor procedure", () => {
  it("finds the fields (the walk itself works)", () => {
    const names = fields.map((f) => `${f.procedure} ${f.path}`);
    expect(names).toContain("claim.create statement");
    expect(names).toContain("claim.create evidence[].supports");
    expect(names).toContain("claim.comment body");
    expect(names).toContain("actor.create name");
    expect(names).toContain("transfer.create estimates[].estimatedBy");
    expect(names).toContain("story.save body");
    expect(fields.length).toBeGreaterThan(150);
  });

  const kept = fields.filter((f) => f.mutation && !notKept.has(`${f.procedure} ${f.path}`));
  it.each(kept.map((f) => [`${f.procedure} ${f.path}`, f.schema] as const))(
    "%s refuses bidi overrides, control characters and oversized text",
    (_name, schema) => {
      expect(schema.safeParse("Looks fine \u202Eevil\u202C here").success).toBe(false);
      expect(schema.safeParse("null\u0000byte").success).toBe(false);
      expect(schema.safeParse(oversized).success).toBe(false);
    },
  );

  // Searches, filters and files are not stored as typed, but every one has a limit.
  const passing = fields.filter((f) => !kept.includes(f));
  it.each(passing.map((f) => [`${f.procedure} ${f.path}`, f.schema] as const))(
    "%s refuses oversized text",
    (_name, schema) => {
      expect(schema.safeParse(oversized).success).toBe(false);
    },
  );
});
