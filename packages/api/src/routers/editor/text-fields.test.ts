// Every place a person can type into the editor, found by walking the input schema of every
// procedure on the router, refuses what must never be stored: bidirectional overrides and
// other invisible control characters (which make a sentence display differently from what
// it says) and text too long to be anything but an attack. A new procedure or field that
// takes a bare `z.string()` fails here. What is refused is named by its path (see the
// hostile-input tests for the answer a caller gets); markup is accepted and stored as text.
import { describe, expect, it } from "vitest";
import { stringFields } from "../string-leaves";
import { editorProcedures as procedures } from "./router-walk";

const fields = stringFields(procedures);

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

  // A NUL byte can never reach PostgreSQL (it refuses one in text, and the call would fail
  // with a 500): every string anyone can send is refused with it, as a bad request.
  it.each(fields.map((f) => [`${f.procedure} ${f.path}`, f.schema] as const))(
    "%s refuses a NUL byte",
    (_name, schema) => {
      expect(schema.safeParse("Rason port\u0000 shells").success).toBe(false);
    },
  );

  // ...and for every search and filter, it is the NUL that is refused: the same words
  // without it are a search like any other.
  const searches = passing.filter((f) => !notKept.has(`${f.procedure} ${f.path}`));
  it("finds the searches and filters", () => {
    expect(searches.map((f) => `${f.procedure} ${f.path}`)).toEqual(
      expect.arrayContaining(["claim.list text", "review.queue text", "source.search query"]),
    );
  });
  it.each(
    searches
      .filter((f) => f.schema.safeParse("Rason port shells").success)
      .map((f) => [`${f.procedure} ${f.path}`, f.schema] as const),
  )("%s accepts the words and refuses them with a NUL byte", (_name, schema) => {
    expect(schema.safeParse("Rason port\u0000 shells").success).toBe(false);
  });
});
