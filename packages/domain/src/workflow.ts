import { z } from "zod";
import type { ClaimStatus, Role } from "./enums";

export const ClaimActionSchema = z.enum([
  "submit",
  "approve",
  "request_changes",
  "reject",
  "retract",
  "correct",
]);
export type ClaimAction = z.infer<typeof ClaimActionSchema>;

export interface TransitionRule {
  /** Statuses from which the action may always be taken. */
  from: readonly ClaimStatus[];
  to: ClaimStatus;
  /**
   * Statuses from which it may be taken only while an approved revision is public (a
   * published claim that is being corrected, or is not).
   */
  publishedFrom?: readonly ClaimStatus[];
  /** Where it leads instead while an approved revision is public. */
  publishedTo?: ClaimStatus;
}

/**
 * The claim workflow as data: from which statuses each action may be taken, and where it
 * leads. A correction is a new draft of a published claim: the approved revision stays
 * public through the correction's whole review, and rejecting the correction goes back to
 * that approved revision rather than to "rejected".
 */
export const claimTransitions: Record<ClaimAction, TransitionRule> = {
  submit: { from: ["draft", "changes_requested"], to: "in_review" },
  approve: { from: ["in_review"], to: "approved" },
  request_changes: { from: ["in_review"], to: "changes_requested" },
  reject: { from: ["in_review"], to: "rejected", publishedTo: "approved" },
  retract: {
    from: [],
    to: "retracted",
    publishedFrom: ["approved", "draft", "in_review", "changes_requested"],
  },
  correct: { from: [], to: "draft", publishedFrom: ["approved"] },
};

/**
 * Who may reach each part of the editor: the one role table that the API's middleware, the
 * db services and the editor's screens read (each action's roles below are taken from it).
 * Everyone signed in drafts; fact-checkers and up review; editors and up also change what
 * readers see beyond a review (retracting, correcting, publishing narrative, merging
 * published actors); admins manage people and tokens.
 */
export const accessRoles = {
  draft: ["contributor", "fact_checker", "editor", "admin"],
  review: ["fact_checker", "editor", "admin"],
  publish: ["editor", "admin"],
  admin: ["admin"],
} as const satisfies Record<string, readonly Role[]>;
export type Access = keyof typeof accessRoles;

/** Whether someone with `role` may reach what `access` guards. */
export function may(role: Role, access: Access): boolean {
  return (accessRoles[access] as readonly Role[]).includes(role);
}

const reviewers: readonly Role[] = accessRoles.review;
const everyone: readonly Role[] = accessRoles.draft;

/** Which roles may take each action. Reviewing needs a fact-checker; retracting and correcting an editor. */
export const actionRoles: Record<ClaimAction, readonly Role[]> = {
  submit: everyone,
  approve: reviewers,
  request_changes: reviewers,
  reject: reviewers,
  retract: accessRoles.publish,
  correct: accessRoles.publish,
};

/** Review decisions: the four-eyes rule applies to every one of them. */
const reviewActions: readonly ClaimAction[] = ["approve", "request_changes", "reject"];

/** Actions whose reason is shown to readers, so it must say something. */
const publicReasonActions: readonly ClaimAction[] = ["retract", "correct"];

export const MIN_PUBLIC_REASON = 10;

export type TransitionRefusal =
  | "invalid_transition"
  | "role_not_allowed"
  | "own_claim"
  | "needs_evidence"
  | "needs_grades"
  | "needs_reason";

export type TransitionDecision =
  { ok: true; to: ClaimStatus } | { ok: false; reason: TransitionRefusal; message: string };

export interface TransitionRequest {
  status: ClaimStatus;
  action: ClaimAction;
  actor: { userId: string; role: Role };
  /**
   * Everyone who wrote what is under review: the claim's author and the authors of its
   * unpublished revisions (the revision under review among them).
   */
  authorIds: readonly string[];
  /** Whether an approved revision of the claim is public (published and not retracted). */
  published: boolean;
  /** Evidence items that point to a source. */
  evidenceCount: number;
  /**
   * The evidence items nobody has graded yet, by name ("evidence 2 (S12)"). A claim may go
   * to review with some (the reviewer grades them) but is approved only with none.
   */
  ungradedEvidence: readonly string[];
  isOpinion: boolean;
  /** Required for retraction and correction; it is shown to the public. */
  reason?: string | null;
}

const words = (s: string) => s.replaceAll("_", " ");

interface Rules<A extends string> {
  noun: string;
  transitions: Record<A, TransitionRule>;
  roles: Record<A, readonly Role[]>;
  review: readonly A[];
}

function decideWith<A extends string>(
  rules: Rules<A>,
  req: Omit<TransitionRequest, "action" | "evidenceCount" | "ungradedEvidence" | "isOpinion"> & {
    action: A;
  },
): TransitionDecision {
  const rule = rules.transitions[req.action];
  const from = req.published ? [...rule.from, ...(rule.publishedFrom ?? [])] : rule.from;
  if (!from.includes(req.status)) {
    const onlyPublished = rule.publishedFrom?.includes(req.status) && !req.published;
    return {
      ok: false,
      reason: "invalid_transition",
      message: onlyPublished
        ? `Only a published ${rules.noun} can be sent to ${words(rule.to)} (action: ${words(req.action)})`
        : `A ${rules.noun} that is ${words(req.status)} cannot be sent to ${words(rule.to)} (action: ${words(req.action)})`,
    };
  }
  if (!rules.roles[req.action].includes(req.actor.role)) {
    return {
      ok: false,
      reason: "role_not_allowed",
      message: `The ${req.actor.role.replace("_", "-")} role cannot ${words(req.action)} a ${rules.noun}`,
    };
  }
  if (rules.review.includes(req.action) && !canReview(req.actor.userId, req.authorIds)) {
    return {
      ok: false,
      reason: "own_claim",
      message: `Nobody reviews their own ${rules.noun}: another reviewer must decide`,
    };
  }
  const to = req.published && rule.publishedTo ? rule.publishedTo : rule.to;
  return { ok: true, to };
}

const claimRules: Rules<ClaimAction> = {
  noun: "claim",
  transitions: claimTransitions,
  roles: actionRoles,
  review: reviewActions,
};

/**
 * Decides whether a workflow action is allowed, and where it leads. Pure: the API applies
 * it, the database's constraint backs the four-eyes part of it up.
 */
export function decideTransition(req: TransitionRequest): TransitionDecision {
  const decision = decideWith(claimRules, req);
  if (!decision.ok) return decision;
  if (req.action === "submit" && !req.isOpinion && req.evidenceCount < 1) {
    return {
      ok: false,
      reason: "needs_evidence",
      message: "Attach at least one evidence item with a source before sending the claim to review",
    };
  }
  if (req.action === "approve" && req.ungradedEvidence.length > 0) {
    const items = req.ungradedEvidence;
    return {
      ok: false,
      reason: "needs_grades",
      message: `Grade every evidence item before approving: ${items.join(", ")} ${items.length === 1 ? "is" : "are"} not yet graded`,
    };
  }
  if (
    publicReasonActions.includes(req.action) &&
    (req.reason ?? "").trim().length < MIN_PUBLIC_REASON
  ) {
    return {
      ok: false,
      reason: "needs_reason",
      message: `A ${req.action === "retract" ? "retraction" : "correction"} needs a public reason of at least ${MIN_PUBLIC_REASON} characters`,
    };
  }
  return decision;
}

/** The four-eyes rule: a reviewer is never an author of what they review. */
export function canReview(reviewerId: string, authorIds: readonly string[]): boolean {
  return !authorIds.includes(reviewerId);
}

export type EditRefusal = "not_editable" | "not_yours";

export type EditDecision = { ok: true } | { ok: false; reason: EditRefusal; message: string };

/**
 * Who may save a new revision of a claim. Contributors edit their own claims while they
 * are drafts or sent back to them; fact-checkers and above may edit any claim that is
 * still in the workflow (including one in review: the four-eyes rule then keeps them from
 * approving what they wrote). An approved claim changes only through a correction;
 * rejected and retracted claims are closed.
 */
export function canEditClaim(
  claim: { status: ClaimStatus; authorId: string },
  actor: { userId: string; role: Role },
): EditDecision {
  const reviewer = may(actor.role, "review");
  const open: readonly ClaimStatus[] = reviewer
    ? ["draft", "changes_requested", "in_review"]
    : ["draft", "changes_requested"];
  if (!open.includes(claim.status)) {
    return {
      ok: false,
      reason: "not_editable",
      message:
        claim.status === "approved"
          ? "An approved claim changes only through a correction"
          : `A claim that is ${words(claim.status)} cannot be edited${reviewer ? "" : " by a contributor"}`,
    };
  }
  if (!reviewer && claim.authorId !== actor.userId) {
    return {
      ok: false,
      reason: "not_yours",
      message: "Contributors edit their own claims; ask a fact-checker to change this one",
    };
  }
  return { ok: true };
}

/** Statuses whose claims the public may see. */
export const publicClaimStatuses: readonly ClaimStatus[] = ["approved"];

export function isPublic(status: ClaimStatus): boolean {
  return publicClaimStatuses.includes(status);
}

/** Statuses that wait for a reviewer. */
export const reviewQueueStatuses: readonly ClaimStatus[] = ["in_review"];

// ------------------------------------------------------------------ story blocks

export const StoryActionSchema = z.enum(["submit", "approve", "request_changes", "reject"]);
export type StoryAction = z.infer<typeof StoryActionSchema>;

/**
 * The story's paragraphs follow the claim workflow, minus retraction: a published block is
 * changed by saving a new draft, which stays private until approved.
 */
export const storyTransitions: Record<StoryAction, TransitionRule> = {
  submit: { from: ["draft", "changes_requested"], to: "in_review" },
  approve: { from: ["in_review"], to: "approved" },
  request_changes: { from: ["in_review"], to: "changes_requested" },
  reject: { from: ["in_review"], to: "rejected", publishedTo: "approved" },
};

/** Publishing narrative is an editor's call; fact-checkers may still send a block back. */
export const storyActionRoles: Record<StoryAction, readonly Role[]> = {
  submit: everyone,
  approve: accessRoles.publish,
  request_changes: reviewers,
  reject: reviewers,
};

const storyRules: Rules<StoryAction> = {
  noun: "story block",
  transitions: storyTransitions,
  roles: storyActionRoles,
  review: ["approve", "request_changes", "reject"],
};

export interface StoryTransitionRequest {
  status: ClaimStatus;
  action: StoryAction;
  actor: { userId: string; role: Role };
  authorIds: readonly string[];
  published: boolean;
}

export function decideStoryTransition(req: StoryTransitionRequest): TransitionDecision {
  return decideWith(storyRules, req);
}

/**
 * Who may save a story block, and the status it then has. Anyone may draft narrative;
 * only reviewers may change a block under review. Saving a published or rejected block
 * opens a new draft (readers keep the published text meanwhile).
 */
export function decideStorySave(
  status: ClaimStatus,
  role: Role,
): { ok: true; to: ClaimStatus } | { ok: false; reason: EditRefusal; message: string } {
  if (status === "retracted")
    return { ok: false, reason: "not_editable", message: "A retracted block cannot be edited" };
  if (status === "in_review" && !may(role, "review"))
    return {
      ok: false,
      reason: "not_editable",
      message: "A story block in review can be edited only by a reviewer",
    };
  return { ok: true, to: status === "approved" || status === "rejected" ? "draft" : status };
}
