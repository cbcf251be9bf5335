import { describe, expect, it } from "vitest";
import type { ClaimStatus, Role } from "./enums";
import { ClaimStatusSchema, RoleSchema } from "./enums";
import {
  ClaimActionSchema,
  canReview,
  claimTransitions,
  decideTransition,
  isPublic,
  reviewQueueStatuses,
  type ClaimAction,
  type TransitionRequest,
} from "./workflow";

const AUTHOR = "user-author";
const REVISER = "user-reviser";
const REVIEWER = "user-reviewer";

const statuses = ClaimStatusSchema.options;
const actions = ClaimActionSchema.options;
const roles = RoleSchema.options;

/** The workflow as the product describes it, written out independently of claimTransitions. */
const expectedTransitions: Record<ClaimAction, { from: ClaimStatus[]; to: ClaimStatus }> = {
  submit: { from: ["draft", "changes_requested"], to: "in_review" },
  approve: { from: ["in_review"], to: "approved" },
  request_changes: { from: ["in_review"], to: "changes_requested" },
  reject: { from: ["in_review"], to: "rejected" },
  retract: { from: ["approved"], to: "retracted" },
};

const expectedRoles: Record<ClaimAction, Role[]> = {
  submit: ["contributor", "fact_checker", "editor", "admin"],
  approve: ["fact_checker", "editor", "admin"],
  request_changes: ["fact_checker", "editor", "admin"],
  reject: ["fact_checker", "editor", "admin"],
  retract: ["editor", "admin"],
};

function request(overrides: Partial<TransitionRequest>): TransitionRequest {
  return {
    status: "in_review",
    action: "approve",
    actor: { userId: REVIEWER, role: "fact_checker" },
    authorIds: [AUTHOR, REVISER],
    evidenceCount: 2,
    isOpinion: false,
    reason: "The cited figure was withdrawn by its source.",
    ...overrides,
  };
}

describe("claimTransitions", () => {
  it("matches the documented workflow", () => {
    expect(claimTransitions).toEqual(expectedTransitions);
  });

  it("covers every action", () => {
    expect(Object.keys(claimTransitions).sort()).toEqual([...actions].sort());
  });
});

describe("decideTransition: allowed transitions", () => {
  const allowed = actions.flatMap((action) =>
    claimTransitions[action].from.map((status) => [status, action] as const),
  );

  it("has the six allowed (status, action) pairs", () => {
    expect(allowed).toHaveLength(6);
  });

  it.each(allowed)("from %s, %s succeeds for every permitted role", (status, action) => {
    for (const role of expectedRoles[action]) {
      const decision = decideTransition(
        request({ status, action, actor: { userId: REVIEWER, role } }),
      );
      expect(decision, `${role}`).toEqual({ ok: true, to: expectedTransitions[action].to });
    }
  });

  it("lets the author submit their own claim", () => {
    expect(
      decideTransition(
        request({
          status: "draft",
          action: "submit",
          actor: { userId: AUTHOR, role: "contributor" },
        }),
      ),
    ).toEqual({
      ok: true,
      to: "in_review",
    });
  });
});

describe("decideTransition: invalid transitions", () => {
  const disallowed = statuses.flatMap((status) =>
    actions
      .filter((action) => !expectedTransitions[action].from.includes(status))
      .map((action) => [status, action] as const),
  );

  it("lists 24 disallowed pairs out of 30", () => {
    expect(statuses.length * actions.length).toBe(30);
    expect(disallowed).toHaveLength(24);
  });

  it.each(disallowed)(
    "from %s, %s is refused as invalid_transition, even for an admin",
    (status, action) => {
      const decision = decideTransition(
        request({ status, action, actor: { userId: REVIEWER, role: "admin" } }),
      );
      expect(decision.ok).toBe(false);
      if (decision.ok) return;
      expect(decision.reason).toBe("invalid_transition");
      expect(decision.message).toContain(status.replace("_", " "));
    },
  );

  it("names the statuses and action in plain words", () => {
    const decision = decideTransition(request({ status: "changes_requested", action: "approve" }));
    expect(decision).toEqual({
      ok: false,
      reason: "invalid_transition",
      message: "A claim that is changes requested cannot be sent to approved (action: approve)",
    });
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
  const allowed = actions.flatMap((action) =>
    expectedTransitions[action].from.map((status) => [status, action] as const),
  );

  it("refuses every role not permitted for an action with role_not_allowed", () => {
    let refusals = 0;
    for (const [status, action] of allowed) {
      for (const role of roles.filter((r) => !expectedRoles[action].includes(r))) {
        const decision = decideTransition(
          request({ status, action, actor: { userId: REVIEWER, role } }),
        );
        expect(decision.ok === false && decision.reason, `${role} ${action}`).toBe(
          "role_not_allowed",
        );
        refusals++;
      }
    }
    // contributor x (approve, request_changes, reject) + contributor and fact_checker x retract
    expect(refusals).toBe(5);
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

  it("does not let a fact-checker retract", () => {
    const decision = decideTransition(
      request({
        status: "approved",
        action: "retract",
        actor: { userId: REVIEWER, role: "fact_checker" },
      }),
    );
    expect(decision).toEqual({
      ok: false,
      reason: "role_not_allowed",
      message: "The fact-checker role cannot retract a claim",
    });
  });
});

describe("decideTransition: four-eyes rule", () => {
  const reviewActions = ["approve", "request_changes", "reject"] as const;

  it.each(reviewActions)("refuses an author who tries to %s their own claim", (action) => {
    for (const role of ["fact_checker", "editor", "admin"] as const) {
      const decision = decideTransition(request({ action, actor: { userId: AUTHOR, role } }));
      expect(decision.ok === false && decision.reason, role).toBe("own_claim");
    }
  });

  it.each(reviewActions)(
    "refuses the author of the revision under review who tries to %s",
    (action) => {
      const decision = decideTransition(
        request({ action, actor: { userId: REVISER, role: "editor" } }),
      );
      expect(decision.ok === false && decision.reason).toBe("own_claim");
    },
  );

  it("lets anyone else review", () => {
    expect(
      decideTransition(request({ actor: { userId: REVIEWER, role: "fact_checker" } })).ok,
    ).toBe(true);
  });

  it("does not apply to retraction by the author", () => {
    const decision = decideTransition(
      request({ status: "approved", action: "retract", actor: { userId: AUTHOR, role: "editor" } }),
    );
    expect(decision).toEqual({ ok: true, to: "retracted" });
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
      const decision = decideTransition(
        request({
          status,
          action: "submit",
          evidenceCount: 0,
          actor: { userId: AUTHOR, role: "contributor" },
        }),
      );
      expect(decision.ok === false && decision.reason).toBe("needs_evidence");
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

describe("decideTransition: retraction reason", () => {
  const retract = (reason: string | null | undefined) =>
    decideTransition(
      request({
        status: "approved",
        action: "retract",
        actor: { userId: REVIEWER, role: "editor" },
        reason,
      }),
    );

  it.each([null, undefined, "", "Wrong.", "123456789", "   too short    "])(
    "refuses the reason %j",
    (reason) => {
      const decision = retract(reason);
      expect(decision.ok === false && decision.reason).toBe("needs_reason");
    },
  );

  it("accepts a reason of exactly ten characters", () => {
    expect(retract("1234567890")).toEqual({ ok: true, to: "retracted" });
    expect(retract("  1234567890  ")).toEqual({ ok: true, to: "retracted" });
  });

  it("does not require a reason for other actions", () => {
    expect(decideTransition(request({ action: "approve", reason: null })).ok).toBe(true);
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
