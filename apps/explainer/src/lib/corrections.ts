/** A retraction or correction as the public API lists it (data.corrections()). */
export interface CorrectionNotice {
  ref: string;
  statement: string;
  kind: "retraction" | "correction";
  /** ISO 8601 instant */
  at: string;
  reason: string;
}

/**
 * The anchor of one notice on /corrections ("C39-retraction-20260301T101500Z"). A claim can be
 * corrected more than once, so the ref alone is not unique; the feed links to these anchors
 * because a retracted claim's own page no longer exists.
 */
export function correctionAnchor(c: Pick<CorrectionNotice, "ref" | "kind" | "at">): string {
  const stamp = c.at.replace(/\.\d+/, "").replace(/[-:]/g, "");
  return `${c.ref}-${c.kind}-${stamp}`;
}
