// A status's dates and the source's own words for it, shared by transfers and sanctions, so
// "lapsed 18 Oct 2023" and "reported by three governments" survive whole beside the fixed value.
import type { z } from "zod";
import { PartialDateSchema, isOrderedPeriod } from "./dates";
import { optionalText } from "./text";

/**
 * A status with its dates and the source's words. `statusWording` is how the source put
 * it ("reported by three governments"), `statusNote` our note, both verbatim; the status
 * held from `statusSince` (and until `statusUntil`, when it ended). Shared by sanctions.
 */
export const statusDetailFields = {
  statusWording: optionalText(500),
  statusSince: PartialDateSchema.nullable(),
  statusUntil: PartialDateSchema.nullable(),
};

/** The same fields as records carry them: files written before they existed leave them out. */
export const statusDetailRecordFields = {
  statusWording: statusDetailFields.statusWording.default(null),
  statusSince: statusDetailFields.statusSince.default(null),
  statusUntil: statusDetailFields.statusUntil.default(null),
};

/** The status's dates must run forwards. */
export function checkStatusDates(
  s: { statusSince?: string | null; statusUntil?: string | null },
  ctx: z.RefinementCtx,
) {
  if (!isOrderedPeriod(s.statusSince ?? null, s.statusUntil ?? null)) {
    ctx.addIssue({
      code: "custom",
      path: ["statusUntil"],
      message: "The status cannot end before it began",
    });
  }
}
