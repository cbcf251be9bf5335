// The workflow of actors, transfers, sanctions, events and sources, as pure rules. A record
// that is not yet public is changed in place and published once, by a second person. A
// published record is what readers see, so a change to it is a proposal kept beside it:
// the published text stays public until another person approves the change, exactly as a
// claim correction does. The db layer applies these rules; a CHECK on entity_revisions backs
// the four-eyes part up.
import { z } from "zod";
import type { EntityStatus, Role } from "./enums";
import { canReview, may, type EditDecision, type TransitionRefusal } from "./workflow";

export const EntityActionSchema = z.enum(["submit", "publish", "reject"]);
export type EntityAction = z.infer<typeof EntityActionSchema>;

/** Where a change to a published record stands while it is open. */
export type OpenChange = "proposed" | "in_review";

export interface EntityState {
  status: EntityStatus;
  /** The open change to a published record, if there is one. */
  change: OpenChange | null;
  createdById: string | null;
}

interface Actor {
  userId: string;
  role: Role;
}

const words = (s: string) => s.replaceAll("_", " ");
const isReviewer = (role: Role) => may(role, "review");

export type EntitySaveDecision =
  | { ok: true; writes: "record"; status: EntityStatus }
  | { ok: true; writes: "change"; change: OpenChange }
  | Extract<EditDecision, { ok: false }>;

/**
 * Who may save a record, and what the save does. Contributors work on their own drafts (a
 * rejected one becomes a draft again); fact-checkers and above on anything. A save of a
 * published record never touches it: it opens (or adds to) a change that waits for review,
 * and a change already in review stays there.
 */
export function decideEntitySave(record: EntityState, actor: Actor): EntitySaveDecision {
  if (!isReviewer(actor.role)) {
    if (record.createdById !== actor.userId)
      return {
        ok: false,
        reason: "not_yours",
        message: "Contributors may change only the records they created",
      };
    if (record.status !== "draft" && record.status !== "rejected")
      return {
        ok: false,
        reason: "not_editable",
        message: `This record is ${words(record.status)}: a fact-checker may change it`,
      };
  }
  if (record.status === "published")
    return { ok: true, writes: "change", change: record.change ?? "proposed" };
  return {
    ok: true,
    writes: "record",
    status: record.status === "rejected" ? "draft" : record.status,
  };
}

export type EntityTransitionDecision =
  | {
      ok: true;
      /** The record's status afterwards. */
      status: EntityStatus;
      /** The open change afterwards (null once it is approved or rejected). */
      change: OpenChange | null;
      /** What happens to the open change: its data reach the record only when approved. */
      changeOutcome: "in_review" | "approved" | "rejected" | null;
    }
  | { ok: false; reason: TransitionRefusal | "not_yours" | "not_editable"; message: string };

export interface EntityTransitionRequest {
  record: EntityState;
  action: EntityAction;
  actor: Actor;
  /**
   * Everyone who wrote what is being published: the record's creator and the author of its
   * last revision, or, for a change to a published record, the creator and every author of
   * the change.
   */
  authorIds: readonly string[];
}

const statusRules: Record<EntityAction, { from: readonly EntityStatus[]; to: EntityStatus }> = {
  submit: { from: ["draft", "rejected"], to: "in_review" },
  publish: { from: ["in_review"], to: "published" },
  reject: { from: ["in_review"], to: "rejected" },
};

const changeRules: Record<
  EntityAction,
  { from: OpenChange; to: "in_review" | "approved" | "rejected" }
> = {
  submit: { from: "proposed", to: "in_review" },
  publish: { from: "in_review", to: "approved" },
  reject: { from: "in_review", to: "rejected" },
};

const done: Record<EntityAction, string> = {
  submit: "sent to review",
  publish: "published",
  reject: "rejected",
};

/**
 * submit, publish or reject a record, or the open change to a published one. Publishing
 * (which, for a change, is approving it) needs a reviewer who wrote none of it.
 */
export function decideEntityTransition(req: EntityTransitionRequest): EntityTransitionDecision {
  const { record, action, actor } = req;
  if (action === "submit") {
    const may = decideEntitySave(record, actor);
    if (!may.ok) return may;
  } else if (!isReviewer(actor.role)) {
    return {
      ok: false,
      reason: "role_not_allowed",
      message: `Only fact-checkers, editors and admins may ${action} records`,
    };
  }
  if (record.status === "published") {
    const rule = changeRules[action];
    if (record.change !== rule.from) {
      return {
        ok: false,
        reason: "invalid_transition",
        message:
          record.change === null
            ? `The record is published and no change to it is waiting: save a change first`
            : `The change to this published record is ${words(record.change)}; it can be ${done[action]} only when ${words(rule.from)}`,
      };
    }
    if (action === "publish" && !canReview(actor.userId, req.authorIds)) {
      return {
        ok: false,
        reason: "own_claim",
        message:
          "You created this record or wrote part of this change: another fact-checker must approve it",
      };
    }
    return {
      ok: true,
      status: "published",
      change: rule.to === "in_review" ? "in_review" : null,
      changeOutcome: rule.to,
    };
  }
  const rule = statusRules[action];
  if (!rule.from.includes(record.status)) {
    return {
      ok: false,
      reason: "invalid_transition",
      message: `The record is ${words(record.status)}; it can be ${done[action]} only when ${rule.from.map(words).join(" or ")}`,
    };
  }
  if (action === "publish" && !canReview(actor.userId, req.authorIds)) {
    return {
      ok: false,
      reason: "own_claim",
      message: "You created or last changed this record: another fact-checker must publish it",
    };
  }
  return { ok: true, status: rule.to, change: null, changeOutcome: null };
}

export type MergeDecision =
  | { ok: true; mode: "direct" | "proposal" }
  | { ok: false; reason: "unpublished_merge"; message: string };

/**
 * How two actors may be merged. A merge publishes the duplicate's names on the survivor and
 * makes the duplicate's ref a public redirect, so it may never carry unreviewed text to
 * readers: two records nobody reads yet merge at once; two published records merge only
 * when a second person approves the proposal; a published and an unpublished one do not
 * merge (the unpublished one is published first, through its own review).
 */
export function decideActorMerge(
  survivor: { ref: string; status: EntityStatus },
  merged: { ref: string; status: EntityStatus },
): MergeDecision {
  const s = survivor.status === "published";
  const m = merged.status === "published";
  if (s && m) return { ok: true, mode: "proposal" };
  if (!s && !m) return { ok: true, mode: "direct" };
  const [pub, unpub] = s ? [survivor, merged] : [merged, survivor];
  return {
    ok: false,
    reason: "unpublished_merge",
    message: `${pub.ref} is published and ${unpub.ref} is ${words(unpub.status)}: publish ${unpub.ref} first (a second person reviews it), then merge`,
  };
}

/** Who may decide a proposed merge: an editor or admin who did not propose it. */
export function decideMergeReview(
  actor: Actor,
  authorIds: readonly string[],
): { ok: true } | { ok: false; reason: "role_not_allowed" | "own_claim"; message: string } {
  if (!may(actor.role, "publish"))
    return {
      ok: false,
      reason: "role_not_allowed",
      message: "Only editors and admins decide merges",
    };
  if (!canReview(actor.userId, authorIds))
    return {
      ok: false,
      reason: "own_claim",
      message:
        "You proposed this merge or created the surviving actor: another editor must decide it",
    };
  return { ok: true };
}
