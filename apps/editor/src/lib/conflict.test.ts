import { describe, expect, it } from "vitest";
import { describeConflict } from "./conflict";

describe("describeConflict", () => {
  it("names who saved, when, and the version now, from the claim service's details", () => {
    const text = describeConflict({
      kind: "claim_version",
      baseVersion: 3,
      currentVersion: 4,
      lastChange: {
        by: { id: "x", name: "Felix Checker" },
        at: "2026-03-04T10:20:00.000Z",
        action: "save",
      },
    });
    expect(text).toBe(
      "Felix Checker saved this record after you opened it (2026-03-04 10:20 UTC); it is now at version 4.",
    );
  });
  it("still says something useful without details", () => {
    expect(describeConflict(null)).toMatch(/Someone else saved/);
    expect(describeConflict({})).toBe("Someone else saved this record after you opened it.");
  });
});
