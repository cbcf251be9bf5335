import { describe, expect, it } from "vitest";
import { conflictOf, describeConflict } from "./conflict";

const details = {
  kind: "claim" as const,
  id: "0190a1b2-0000-7000-8000-000000000001",
  ref: "C12",
  status: "draft",
  expectedVersion: 3,
  currentVersion: 4,
  lastChange: {
    by: { id: "0190a1b2-0000-7000-8000-000000000002", name: "Felix Checker" },
    at: "2026-03-04T10:20:00.000Z",
    action: "claim.save",
  },
  changedFields: ["finding"],
  current: { finding: "Theirs." },
  base: { finding: "Before." },
  yours: { finding: "Mine." },
};

describe("conflictOf", () => {
  it("reads the one conflict shape every versioned record answers with", () => {
    expect(conflictOf({ conflict: details })).toEqual(details);
    expect(conflictOf({ conflict: { ...details, kind: "story_block", ref: "trade-1" } })?.ref).toBe(
      "trade-1",
    );
    expect(conflictOf({ conflict: { ...details, kind: "actor", ref: "A03" } })?.kind).toBe("actor");
  });
  it("ignores anything else (a conflict without details, an older payload)", () => {
    expect(conflictOf({ conflict: null })).toBeNull();
    expect(conflictOf(undefined)).toBeNull();
    expect(conflictOf({ conflict: { savedBy: { name: "X" }, fields: ["title"] } })).toBeNull();
  });
});

describe("describeConflict", () => {
  it("names who saved, when, and the version now", () => {
    expect(describeConflict(conflictOf({ conflict: details }))).toBe(
      "Felix Checker saved this record after you opened it (2026-03-04 10:20 UTC); it is now at version 4.",
    );
  });
  it("still says something useful without details", () => {
    expect(describeConflict(null)).toBe("Someone else saved this record after you opened it.");
    expect(describeConflict({ ...details, lastChange: null })).toBe(
      "Someone else saved this record after you opened it; it is now at version 4.",
    );
  });
});
