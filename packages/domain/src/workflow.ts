import { z } from "zod";
import type { ClaimStatus, Role } from "./enums";

export const ClaimActionSchema = z.enum([
  "submit",
  "approve",
  "request_changes",
  "reject",
  "retract",
]);
export type ClaimAction = z.infer<typeof ClaimActionSchema>;

/** The claim workflow as data: from which statuses each action may be taken, and where it leads. */
export const claimTransitions: Record<
  ClaimAction,
  { from: readonly ClaimStatus[]; to: ClaimStatus }
> = {
  submit: { from: ["draft", "changes_requested"], to: "in_review" },
  approve: { from: ["in_review"], to: "approved" },
  request_changes: { from: ["in_review"], to: "changes_requested" },
  reject: { from: ["in_review"], to: "rejected" },
  retract: { from: ["approved"], to: "retracted" },
};

/** Which roles may take each action. Reviewing needs a fact-checker; retracting an editor. */
export const actionRoles: Record<ClaimAction, readonly Role[]> = {
  submit: ["contributor", "fact_checker", "editor", "admin"],
  approve: ["fact_checker", "editor", "admin"],
  request_changes: ["fact_checker", "editor", "admin"],
  reject: ["fact_checker", "editor", "admin"],
  retract: ["editor", "admin"],
};

/** Review decisions: the four-eyes rule applies to every one of them. */
const reviewActions: readonly ClaimAction[] = ["approve", "request_changes", "reject"];

export type TransitionRefusal =
  "invalid_transition" | "role_not_allowed" | "own_claim" | "needs_evidence" | "needs_reason";

export type TransitionDecision =
  { ok: true; to: ClaimStatus } | { ok: false; reason: TransitionRefusal; message: string };

export interface TransitionRequest {
  status: ClaimStatus;
  action: ClaimAction;
  actor: { userId: string; role: Role };
  /** The claim's author and the author of the revision under review (they may differ). */
  authorIds: readonly string[];
  /** Evidence items that point to a source. */
  evidenceCount: number;
  isOpinion: boolean;
  /** Required for retraction; it is shown to the public. */
  reason?: string | null;
}

/**
 * Decides whether a workflow action is allowed, and where it leads. Pure: the API applies
 * it, the database's constraint backs the four-eyes part of it up.
 */
export function decideTransition(req: TransitionRequest): TransitionDecision {
  const rule = claimTransitions[req.action];
  if (!rule.from.includes(req.status)) {
    return {
      ok: false,
      reason: "invalid_transition",
      message: `A claim that is ${req.status.replace("_", " ")} cannot be sent to ${rule.to.replace("_", " ")} (action: ${req.action.replace("_", " ")})`,
    };
  }
  if (!actionRoles[req.action].includes(req.actor.role)) {
    return {
      ok: false,
      reason: "role_not_allowed",
      message: `The ${req.actor.role.replace("_", "-")} role cannot ${req.action.replace("_", " ")} a claim`,
    };
  }
  if (reviewActions.includes(req.action) && !canReview(req.actor.userId, req.authorIds)) {
    return {
      ok: false,
      reason: "own_claim",
      message: "Nobody reviews their own claim: another fact-checker must decide",
    };
  }
  if (req.action === "submit" && !req.isOpinion && req.evidenceCount < 1) {
    return {
      ok: false,
      reason: "needs_evidence",
      message: "Attach at least one evidence item with a source before sending the claim to review",
    };
  }
  if (req.action === "retract" && (req.reason ?? "").trim().length < 10) {
    return {
      ok: false,
      reason: "needs_reason",
      message: "A retraction needs a public reason of at least 10 characters",
    };
  }
  return { ok: true, to: rule.to };
}

/** The four-eyes rule: a reviewer is never an author of what they review. */
export function canReview(reviewerId: string, authorIds: readonly string[]): boolean {
  return !authorIds.includes(reviewerId);
}

/** Statuses whose claims the public may see. */
export const publicClaimStatuses: readonly ClaimStatus[] = ["approved"];

export function isPublic(status: ClaimStatus): boolean {
  return publicClaimStatuses.includes(status);
}

/** Statuses that wait for a reviewer. */
export const reviewQueueStatuses: readonly ClaimStatus[] = ["in_review"];
