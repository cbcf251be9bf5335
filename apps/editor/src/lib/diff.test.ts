import { describe, expect, it } from "vitest";
import { changedKeys, mergeValues, sameValue, threeWay, unresolved, wordDiff } from "./diff";

const keys = ["statement", "verdict", "finding", "evidence"] as const;
const base = {
  statement: "Ships carried shells",
  verdict: "accurate",
  finding: "Satellite images show it.",
  evidence: [{ source: "S-1", supports: "photo" }],
};

describe("threeWay", () => {
  it("lists only fields somebody changed, and marks a clash where both did differently", () => {
    const theirs = { ...base, verdict: "mostly_accurate", finding: "Images and a report." };
    const mine = { ...base, statement: "Ships carried shells in 2023", finding: "Only images." };
    const fields = threeWay(base, theirs, mine, keys);
    expect(fields.map((f) => [f.key, f.suggested, f.clash])).toEqual([
      ["statement", "mine", false],
      ["verdict", "theirs", false],
      ["finding", null, true],
    ]);
  });

  it("does not call it a clash when both made the same change", () => {
    const same = { ...base, verdict: "inaccurate" };
    const [field] = threeWay(base, same, { ...same }, keys);
    expect(field).toMatchObject({ key: "verdict", clash: false, theirsChanged: true });
  });

  it("sees a change inside a list of evidence", () => {
    const theirs = { ...base, evidence: [{ source: "S-1", supports: "a photograph" }] };
    expect(threeWay(base, theirs, base, keys).map((f) => f.key)).toEqual(["evidence"]);
  });
});

describe("mergeValues", () => {
  const theirs = { ...base, verdict: "mostly_accurate", finding: "Theirs." };
  const mine = { ...base, statement: "Mine", finding: "Mine." };
  const fields = threeWay(base, theirs, mine, keys);

  it("keeps both people's separate changes and asks about the clash", () => {
    expect(unresolved(fields, {})).toEqual(["finding"]);
    const merged = mergeValues(theirs, mine, fields, { finding: "mine" });
    expect(merged).toEqual({
      ...base,
      statement: "Mine",
      verdict: "mostly_accurate",
      finding: "Mine.",
    });
    expect(unresolved(fields, { finding: "mine" })).toEqual([]);
  });

  it("lets a person give up their own change for the other person's", () => {
    const merged = mergeValues(theirs, mine, fields, { finding: "theirs", statement: "theirs" });
    expect(merged).toEqual(theirs);
  });
});

describe("sameValue and changedKeys", () => {
  it("treats an empty box and a missing optional value alike", () => {
    expect(sameValue("", null)).toBe(true);
    expect(sameValue("  ", undefined)).toBe(true);
    expect(sameValue("a", null)).toBe(false);
  });
  it("names the fields that differ between revisions", () => {
    expect(changedKeys(base, { ...base, verdict: "inaccurate" }, keys)).toEqual(["verdict"]);
  });
});

describe("wordDiff", () => {
  it("marks removed and added words and keeps the rest", () => {
    const pieces = wordDiff("North Korea sent shells", "North Korea sent rockets");
    expect(pieces).toEqual([
      { text: "North Korea sent ", kind: "same" },
      { text: "shells", kind: "removed" },
      { text: "rockets", kind: "added" },
    ]);
  });
  it("rebuilds both texts from its pieces", () => {
    const left = "a b c d e";
    const right = "a x c e f";
    const pieces = wordDiff(left, right);
    const join = (k: "removed" | "added") =>
      pieces
        .filter((p) => p.kind !== k)
        .map((p) => p.text)
        .join("");
    expect(join("added")).toBe(left);
    expect(join("removed")).toBe(right);
  });
});
