import { describe, expect, it } from "vitest";
import {
  decideActorMerge,
  decideEntitySave,
  decideEntityTransition,
  decideMergeReview,
  type EntityState,
} from "./entity-workflow";

const CREATOR = "user-creator";
const REVISER = "user-reviser";
const OTHER = "user-other";

const published = (change: EntityState["change"]): EntityState => ({
  status: "published",
  change,
  createdById: CREATOR,
});

describe("saving a record", () => {
  it("a save of a published record opens a change and leaves the record alone", () => {
    expect(decideEntitySave(published(null), { userId: REVISER, role: "fact_checker" })).toEqual({
      ok: true,
      writes: "change",
      change: "proposed",
    });
    // A change already in review stays there; its new author joins those who cannot approve it.
    expect(decideEntitySave(published("in_review"), { userId: REVISER, role: "editor" })).toEqual({
      ok: true,
      writes: "change",
      change: "in_review",
    });
  });

  it("a record nobody reads yet is written in place; a rejected one becomes a draft again", () => {
    const state = { change: null, createdById: CREATOR } as const;
    expect(
      decideEntitySave({ ...state, status: "rejected" }, { userId: CREATOR, role: "contributor" }),
    ).toEqual({ ok: true, writes: "record", status: "draft" });
    expect(
      decideEntitySave({ ...state, status: "in_review" }, { userId: OTHER, role: "fact_checker" }),
    ).toEqual({ ok: true, writes: "record", status: "in_review" });
  });

  it("contributors change only their own drafts, never a published record", () => {
    expect(
      decideEntitySave(published(null), { userId: CREATOR, role: "contributor" }),
    ).toMatchObject({ ok: false, reason: "not_editable" });
    expect(
      decideEntitySave(
        { status: "draft", change: null, createdById: CREATOR },
        { userId: OTHER, role: "contributor" },
      ),
    ).toMatchObject({ ok: false, reason: "not_yours" });
  });
});

describe("the workflow of a change to a published record", () => {
  const decide = (
    change: EntityState["change"],
    action: "submit" | "publish" | "reject",
    userId = OTHER,
    role: "contributor" | "fact_checker" | "editor" = "fact_checker",
  ) =>
    decideEntityTransition({
      record: published(change),
      action,
      actor: { userId, role },
      authorIds: [CREATOR, REVISER],
    });

  it("proposed -> in review -> approved (the record stays published throughout)", () => {
    expect(decide("proposed", "submit", REVISER)).toEqual({
      ok: true,
      status: "published",
      change: "in_review",
      changeOutcome: "in_review",
    });
    expect(decide("in_review", "publish")).toEqual({
      ok: true,
      status: "published",
      change: null,
      changeOutcome: "approved",
    });
    expect(decide("in_review", "reject", REVISER)).toEqual({
      ok: true,
      status: "published",
      change: null,
      changeOutcome: "rejected",
    });
  });

  it("four eyes: neither the change's authors nor the record's creator approve it", () => {
    for (const who of [REVISER, CREATOR]) {
      expect(decide("in_review", "publish", who, "editor")).toMatchObject({
        ok: false,
        reason: "own_claim",
      });
    }
  });

  it("nothing to decide without a change, and nothing before it is sent to review", () => {
    expect(decide(null, "publish")).toMatchObject({ ok: false, reason: "invalid_transition" });
    expect(decide(null, "submit")).toMatchObject({ ok: false, reason: "invalid_transition" });
    expect(decide("proposed", "publish")).toMatchObject({
      ok: false,
      reason: "invalid_transition",
    });
    expect(decide("in_review", "submit")).toMatchObject({
      ok: false,
      reason: "invalid_transition",
    });
  });

  it("contributors neither decide nor send a change to a published record", () => {
    expect(decide("in_review", "publish", OTHER, "contributor")).toMatchObject({
      ok: false,
      reason: "role_not_allowed",
    });
    expect(decide("proposed", "submit", CREATOR, "contributor")).toMatchObject({ ok: false });
  });
});

describe("the workflow of a record that is not public yet", () => {
  const decide = (
    status: "draft" | "in_review" | "rejected",
    action: "submit" | "publish" | "reject",
    userId = OTHER,
  ) =>
    decideEntityTransition({
      record: { status, change: null, createdById: CREATOR },
      action,
      actor: { userId, role: "fact_checker" },
      authorIds: [CREATOR, REVISER],
    });

  it("draft -> in review -> published by a second person, or rejected", () => {
    expect(decide("draft", "submit", CREATOR)).toMatchObject({ ok: true, status: "in_review" });
    expect(decide("rejected", "submit", CREATOR)).toMatchObject({ ok: true, status: "in_review" });
    expect(decide("in_review", "publish")).toMatchObject({ ok: true, status: "published" });
    expect(decide("in_review", "reject")).toMatchObject({ ok: true, status: "rejected" });
    expect(decide("in_review", "publish", REVISER)).toMatchObject({
      ok: false,
      reason: "own_claim",
    });
    expect(decide("draft", "publish")).toMatchObject({ ok: false, reason: "invalid_transition" });
  });
});

describe("merging actors", () => {
  const a = (status: "draft" | "in_review" | "published" | "rejected", ref = "A1") => ({
    ref,
    status,
  });

  it("two published actors merge only by a reviewed proposal; two unpublished ones at once", () => {
    expect(decideActorMerge(a("published"), a("published", "A2"))).toEqual({
      ok: true,
      mode: "proposal",
    });
    expect(decideActorMerge(a("draft"), a("rejected", "A2"))).toEqual({ ok: true, mode: "direct" });
  });

  it("a draft never merges into a published actor, nor the other way", () => {
    for (const status of ["draft", "in_review", "rejected"] as const) {
      const refused = decideActorMerge(a("published"), a(status, "A2"));
      expect(refused).toMatchObject({ ok: false, reason: "unpublished_merge" });
      expect(!refused.ok && refused.message).toContain("publish A2 first");
      expect(decideActorMerge(a(status, "A2"), a("published"))).toMatchObject({ ok: false });
    }
  });

  it("a proposed merge is decided by an editor who did not propose it", () => {
    expect(decideMergeReview({ userId: OTHER, role: "editor" }, [REVISER])).toEqual({ ok: true });
    expect(decideMergeReview({ userId: REVISER, role: "admin" }, [REVISER])).toMatchObject({
      ok: false,
      reason: "own_claim",
    });
    expect(decideMergeReview({ userId: OTHER, role: "fact_checker" }, [REVISER])).toMatchObject({
      ok: false,
      reason: "role_not_allowed",
    });
  });
});
