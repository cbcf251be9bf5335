import { describe, expect, it } from "vitest";
import type { ClaimStatus, Role } from "./enums";
import { ClaimStatusSchema, RoleSchema, roleRank } from "./enums";
import {
  ClaimActionSchema,
  StoryActionSchema,
  accessRoles,
  actionRoles,
  may,
  storyActionRoles,
  canEditClaim,
  canReview,
  decideStorySave,
  decideStoryTransition,
  decideTransition,
  isPublic,
  reviewQueueStatuses,
  type ClaimAction,
  type StoryAction,
  type TransitionRequest,
} from "./workflow";

const AUTHOR = "user-author";
const REVISER = "user-reviser";
const REVIEWER = "user-reviewer";

const statuses = ClaimStatusSchema.options;
const actions = ClaimActionSchema.options;
const roles = RoleSchema.options;

/**
 * The workflow as the product describes it, written out independently of
 * claimTransitions: for a claim with no public revision, and for one whose approved
 * revision is public (being corrected, or not).
 */
const expected: Record<
  "unpublished" | "published",
  Partial<Record<ClaimStatus, Partial<Record<ClaimAction, ClaimStatus>>>>
> = {
  unpublished: {
    draft: { submit: "in_review" },
    changes_requested: { submit: "in_review" },
    in_review: {
      approve: "approved",
      request_changes: "changes_requested",
      reject: "rejected",
    },
  },
  published: {
    approved: { retract: "retracted", correct: "draft" },
    draft: { submit: "in_review", retract: "retracted" },
    changes_requested: { submit: "in_review", retract: "retracted" },
    in_review: {
      approve: "approved",
      request_changes: "changes_requested",
      // Rejecting a correction: the approved revision is current again.
      reject: "approved",
      retract: "retracted",
    },
  },
};

const expectedRoles: Record<ClaimAction, Role[]> = {
  submit: ["contributor", "fact_checker", "editor", "admin"],
  approve: ["fact_checker", "editor", "admin"],
  request_changes: ["fact_checker", "editor", "admin"],
  reject: ["fact_checker", "editor", "admin"],
  retract: ["editor", "admin"],
  correct: ["editor", "admin"],
};

function request(overrides: Partial<TransitionRequest>): TransitionRequest {
  return {
    status: "in_review",
    action: "approve",
    actor: { userId: REVIEWER, role: "admin" },
    authorIds: [AUTHOR, REVISER],
    published: false,
    evidenceCount: 2,
    ungradedEvidence: [],
    isOpinion: false,
    reason: "The cited figure was withdrawn by its source.",
    ...overrides,
  };
}

const cases = (["unpublished", "published"] as const).flatMap((p) =>
  statuses.flatMap((status) =>
    actions.map((action) => ({
      published: p === "published",
      status,
      action,
      to: expected[p][status]?.[action] ?? null,
    })),
  ),
);

describe("decideTransition: every status and action, published or not", () => {
  it("has 15 allowed (published, status, action) triples of 72", () => {
    expect(cases).toHaveLength(72);
    expect(cases.filter((c) => c.to !== null)).toHaveLength(15);
  });

  it.each(cases.filter((c) => c.to !== null))(
    "published=$published, from $status, $action leads to $to for every permitted role",
    ({ published, status, action, to }) => {
      for (const role of expectedRoles[action]) {
        const decision = decideTransition(
          request({ published, status, action, actor: { userId: REVIEWER, role } }),
        );
        expect(decision, role).toEqual({ ok: true, to });
      }
    },
  );

  it.each(cases.filter((c) => c.to === null))(
    "published=$published, from $status, $action is refused as invalid_transition, even for an admin",
    ({ published, status, action }) => {
      const decision = decideTransition(request({ published, status, action }));
      expect(decision.ok === false && decision.reason).toBe("invalid_transition");
    },
  );

  it("names the statuses and action in plain words", () => {
    expect(decideTransition(request({ status: "changes_requested", action: "approve" }))).toEqual({
      ok: false,
      reason: "invalid_transition",
      message: "A claim that is changes requested cannot be sent to approved (action: approve)",
    });
  });

  it("says that only a published claim can be retracted or corrected", () => {
    for (const action of ["retract", "correct"] as const) {
      const decision = decideTransition(request({ status: "approved", action }));
      expect(decision.ok === false && decision.message).toMatch(/^Only a published claim/);
    }
  });

  it("checks the status before the role", () => {
    const decision = decideTransition(
      request({
        status: "draft",
        action: "approve",
        actor: { userId: REVIEWER, role: "contributor" },
      }),
    );
    expect(decision.ok === false && decision.reason).toBe("invalid_transition");
  });
});

describe("decideTransition: roles", () => {
  it("refuses every role not permitted for an action with role_not_allowed", () => {
    let refusals = 0;
    for (const c of cases.filter((x) => x.to !== null)) {
      for (const role of roles.filter((r) => !expectedRoles[c.action].includes(r))) {
        const decision = decideTransition(request({ ...c, actor: { userId: REVIEWER, role } }));
        expect(decision.ok === false && decision.reason, `${role} ${c.action}`).toBe(
          "role_not_allowed",
        );
        refusals++;
      }
    }
    // contributor x 6 reviews, (contributor, fact-checker) x (4 retracts + 1 correct)
    expect(refusals).toBe(16);
  });

  it("does not let a contributor approve", () => {
    expect(decideTransition(request({ actor: { userId: REVIEWER, role: "contributor" } }))).toEqual(
      {
        ok: false,
        reason: "role_not_allowed",
        message: "The contributor role cannot approve a claim",
      },
    );
  });

  it("does not let a fact-checker retract or correct", () => {
    for (const action of ["retract", "correct"] as const) {
      const decision = decideTransition(
        request({
          status: "approved",
          published: true,
          action,
          actor: { userId: REVIEWER, role: "fact_checker" },
        }),
      );
      expect(decision).toEqual({
        ok: false,
        reason: "role_not_allowed",
        message: `The fact-checker role cannot ${action} a claim`,
      });
    }
  });
});

describe("decideTransition: four-eyes rule", () => {
  const reviewActions = ["approve", "request_changes", "reject"] as const;

  it.each(reviewActions)("refuses an author who tries to %s their own claim", (action) => {
    for (const role of ["fact_checker", "editor", "admin"] as const) {
      for (const published of [false, true]) {
        const decision = decideTransition(
          request({ action, published, actor: { userId: AUTHOR, role } }),
        );
        expect(decision.ok === false && decision.reason, role).toBe("own_claim");
      }
    }
  });

  it.each(reviewActions)(
    "refuses the author of a revision under review who tries to %s",
    (action) => {
      const decision = decideTransition(
        request({ action, actor: { userId: REVISER, role: "editor" } }),
      );
      expect(decision).toEqual({
        ok: false,
        reason: "own_claim",
        message: "Nobody reviews their own claim: another reviewer must decide",
      });
    },
  );

  it("lets anyone else review", () => {
    expect(
      decideTransition(request({ actor: { userId: REVIEWER, role: "fact_checker" } })).ok,
    ).toBe(true);
  });

  it("does not apply to retraction or correction by the author", () => {
    for (const action of ["retract", "correct"] as const) {
      const decision = decideTransition(
        request({
          status: "approved",
          published: true,
          action,
          actor: { userId: AUTHOR, role: "editor" },
        }),
      );
      expect(decision.ok, action).toBe(true);
    }
  });

  it("canReview is false exactly for the listed authors", () => {
    expect(canReview(REVIEWER, [AUTHOR, REVISER])).toBe(true);
    expect(canReview(AUTHOR, [AUTHOR, REVISER])).toBe(false);
    expect(canReview(REVISER, [AUTHOR, REVISER])).toBe(false);
    expect(canReview(REVIEWER, [])).toBe(true);
  });
});

describe("decideTransition: evidence", () => {
  it.each(["draft", "changes_requested"] as const)(
    "refuses to submit from %s without evidence",
    (status) => {
      for (const published of [false, true]) {
        const decision = decideTransition(
          request({
            status,
            published,
            action: "submit",
            evidenceCount: 0,
            actor: { userId: AUTHOR, role: "contributor" },
          }),
        );
        expect(decision.ok === false && decision.reason).toBe("needs_evidence");
      }
    },
  );

  it("allows an opinion to be submitted without evidence", () => {
    const decision = decideTransition(
      request({
        status: "draft",
        action: "submit",
        evidenceCount: 0,
        isOpinion: true,
        actor: { userId: AUTHOR, role: "contributor" },
      }),
    );
    expect(decision).toEqual({ ok: true, to: "in_review" });
  });

  it("allows a submission with a single evidence item", () => {
    expect(
      decideTransition(request({ status: "draft", action: "submit", evidenceCount: 1 })).ok,
    ).toBe(true);
  });

  it("does not require evidence for review decisions", () => {
    expect(decideTransition(request({ action: "reject", evidenceCount: 0 })).ok).toBe(true);
  });
});

describe("decideTransition: ungraded evidence", () => {
  it("refuses an approval while evidence is not yet graded, naming each item", () => {
    const decision = decideTransition(
      request({ ungradedEvidence: ["evidence 1 (S701)", "evidence 3 (S12)"] }),
    );
    expect(decision).toEqual({
      ok: false,
      reason: "needs_grades",
      message:
        "Grade every evidence item before approving: evidence 1 (S701), evidence 3 (S12) are not yet graded",
    });
  });

  it("lets a claim with ungraded evidence go to review, for the reviewer to grade", () => {
    const decision = decideTransition(
      request({ status: "draft", action: "submit", ungradedEvidence: ["evidence 1 (S701)"] }),
    );
    expect(decision).toEqual({ ok: true, to: "in_review" });
  });

  it("still sends back or rejects a claim whose evidence is ungraded", () => {
    for (const action of ["request_changes", "reject"] as const)
      expect(decideTransition(request({ action, ungradedEvidence: ["evidence 1 (S1)"] })).ok).toBe(
        true,
      );
  });
});

describe("decideTransition: public reasons", () => {
  const decide = (action: "retract" | "correct", reason: string | null | undefined) =>
    decideTransition(
      request({
        status: "approved",
        published: true,
        action,
        actor: { userId: REVIEWER, role: "editor" },
        reason,
      }),
    );

  it.each([null, undefined, "", "Wrong.", "123456789", "   too short    "])(
    "refuses the reason %j for a retraction and a correction",
    (reason) => {
      expect(decide("retract", reason)).toEqual({
        ok: false,
        reason: "needs_reason",
        message: "A retraction needs a public reason of at least 10 characters",
      });
      expect(decide("correct", reason)).toEqual({
        ok: false,
        reason: "needs_reason",
        message: "A correction needs a public reason of at least 10 characters",
      });
    },
  );

  it("accepts a reason of exactly ten characters", () => {
    expect(decide("retract", "1234567890")).toEqual({ ok: true, to: "retracted" });
    expect(decide("correct", "  1234567890  ")).toEqual({ ok: true, to: "draft" });
  });

  it("does not require a reason for other actions", () => {
    expect(decideTransition(request({ action: "approve", reason: null })).ok).toBe(true);
  });
});

describe("canEditClaim", () => {
  const own = { status: "draft" as const, authorId: AUTHOR };

  it("lets contributors edit their own drafts and claims sent back to them", () => {
    for (const status of ["draft", "changes_requested"] as const) {
      expect(
        canEditClaim({ status, authorId: AUTHOR }, { userId: AUTHOR, role: "contributor" }),
      ).toEqual({
        ok: true,
      });
    }
  });

  it("keeps contributors out of other people's claims", () => {
    expect(canEditClaim(own, { userId: REVISER, role: "contributor" })).toEqual({
      ok: false,
      reason: "not_yours",
      message: "Contributors edit their own claims; ask a fact-checker to change this one",
    });
  });

  it("keeps contributors out of claims in review, even their own", () => {
    const decision = canEditClaim(
      { status: "in_review", authorId: AUTHOR },
      { userId: AUTHOR, role: "contributor" },
    );
    expect(decision.ok === false && decision.reason).toBe("not_editable");
  });

  it("lets fact-checkers and above edit any claim still in the workflow", () => {
    for (const role of ["fact_checker", "editor", "admin"] as const) {
      for (const status of ["draft", "changes_requested", "in_review"] as const) {
        expect(
          canEditClaim({ status, authorId: AUTHOR }, { userId: REVISER, role }).ok,
          `${role} ${status}`,
        ).toBe(true);
      }
    }
  });

  it("closes approved, rejected and retracted claims to every role", () => {
    for (const role of roles) {
      for (const status of ["approved", "rejected", "retracted"] as const) {
        const decision = canEditClaim({ status, authorId: AUTHOR }, { userId: AUTHOR, role });
        expect(decision.ok === false && decision.reason, `${role} ${status}`).toBe("not_editable");
      }
    }
    const approved = canEditClaim(
      { status: "approved", authorId: AUTHOR },
      { userId: AUTHOR, role: "admin" },
    );
    expect(approved.ok === false && approved.message).toBe(
      "An approved claim changes only through a correction",
    );
  });
});

describe("story blocks", () => {
  const storyActions = StoryActionSchema.options;
  const storyRoles: Record<StoryAction, Role[]> = {
    submit: ["contributor", "fact_checker", "editor", "admin"],
    approve: ["editor", "admin"],
    request_changes: ["fact_checker", "editor", "admin"],
    reject: ["fact_checker", "editor", "admin"],
  };
  const storyExpected: Partial<Record<ClaimStatus, Partial<Record<StoryAction, ClaimStatus>>>> = {
    draft: { submit: "in_review" },
    changes_requested: { submit: "in_review" },
    in_review: { approve: "approved", request_changes: "changes_requested", reject: "rejected" },
  };

  it("follows the claim workflow without retraction, and only editors approve", () => {
    for (const status of statuses) {
      for (const action of storyActions) {
        for (const role of roles) {
          const decision = decideStoryTransition({
            status,
            action,
            actor: { userId: REVIEWER, role },
            authorIds: [AUTHOR],
            published: false,
          });
          const to = storyExpected[status]?.[action];
          const want = !to
            ? "invalid_transition"
            : storyRoles[action].includes(role)
              ? to
              : "role_not_allowed";
          expect(decision.ok ? decision.to : decision.reason, `${status} ${action} ${role}`).toBe(
            want,
          );
        }
      }
    }
  });

  it("rejecting a change to a published block goes back to the published text", () => {
    expect(
      decideStoryTransition({
        status: "in_review",
        action: "reject",
        actor: { userId: REVIEWER, role: "editor" },
        authorIds: [AUTHOR],
        published: true,
      }),
    ).toEqual({ ok: true, to: "approved" });
  });

  it("keeps four eyes on story blocks", () => {
    const decision = decideStoryTransition({
      status: "in_review",
      action: "approve",
      actor: { userId: AUTHOR, role: "admin" },
      authorIds: [AUTHOR],
      published: false,
    });
    expect(decision).toEqual({
      ok: false,
      reason: "own_claim",
      message: "Nobody reviews their own story block: another reviewer must decide",
    });
  });

  it("saving opens a new draft of a published or rejected block and keeps other statuses", () => {
    expect(decideStorySave("approved", "contributor")).toEqual({ ok: true, to: "draft" });
    expect(decideStorySave("rejected", "contributor")).toEqual({ ok: true, to: "draft" });
    expect(decideStorySave("draft", "contributor")).toEqual({ ok: true, to: "draft" });
    expect(decideStorySave("changes_requested", "contributor")).toEqual({
      ok: true,
      to: "changes_requested",
    });
    expect(decideStorySave("in_review", "fact_checker")).toEqual({ ok: true, to: "in_review" });
    expect(decideStorySave("in_review", "contributor").ok).toBe(false);
    expect(decideStorySave("retracted", "admin").ok).toBe(false);
  });
});

describe("visibility", () => {
  it("makes only approved claims public", () => {
    for (const status of statuses) expect(isPublic(status), status).toBe(status === "approved");
  });

  it("queues only claims in review", () => {
    expect(reviewQueueStatuses).toEqual(["in_review"]);
  });
});

describe("accessRoles: the one role table", () => {
  it("each access is a rank and everything above it, so a higher role never loses a right", () => {
    for (const [access, roles] of Object.entries(accessRoles)) {
      const lowest = Math.min(...roles.map((r) => roleRank[r]));
      const expected = RoleSchema.options.filter((r) => roleRank[r] >= lowest);
      expect([...roles].sort(), access).toEqual(expected.sort());
    }
  });
  it("the workflow tables take their roles from it", () => {
    expect(actionRoles.submit).toBe(accessRoles.draft);
    expect(actionRoles.approve).toBe(accessRoles.review);
    expect(actionRoles.retract).toBe(accessRoles.publish);
    expect(storyActionRoles.approve).toBe(accessRoles.publish);
    expect(may("fact_checker", "review")).toBe(true);
    expect(may("fact_checker", "publish")).toBe(false);
  });
});
