"use server";
// The review queue's one form, as a server function: a plain form post works without any
// client JavaScript (the page is rendered again with the outcome), and with it the same
// function runs without a reload. It calls the editor router like every server page does,
// so the same role checks and per-record rules apply.
import "server-only";
import { BulkActionSchema, BulkKindSchema, type BulkReviewResult } from "@armstrail/domain";
import { TRPCError } from "@trpc/server";
import { revalidatePath } from "next/cache";
import { editorApi } from "~/server/api";

export type BulkReviewState =
  | { kind: "idle" }
  | { kind: "done"; result: BulkReviewResult }
  | { kind: "refused"; message: string };

/** `kind:ref:version`, as the form's checkboxes and hidden fields carry a record. */
function itemOf(value: FormDataEntryValue) {
  const [kind, ref, version] = typeof value === "string" ? value.split(":") : [];
  const k = BulkKindSchema.safeParse(kind);
  const v = Number(version);
  return k.success && ref
    ? { kind: k.data, ref, ...(Number.isInteger(v) && v > 0 ? { version: v } : {}) }
    : null;
}

export async function reviewSelected(
  _previous: BulkReviewState,
  form: FormData,
): Promise<BulkReviewState> {
  const action = BulkActionSchema.safeParse(form.get("action"));
  if (!action.success) return { kind: "refused", message: "Choose what to do with the records." };
  // "Apply to all shown" takes every record the filter shows; otherwise the ticked ones.
  const chosen = form.get("scope") === "all" ? form.getAll("shown") : form.getAll("item");
  const items = chosen.map(itemOf);
  if (items.some((i) => i === null))
    return { kind: "refused", message: "The selection could not be read: reload the page." };
  if (items.length === 0) return { kind: "refused", message: "Select at least one record." };
  const typed = form.get("note");
  const note = typeof typed === "string" ? typed.trim() : "";
  try {
    const api = await editorApi();
    const result = await api.review.bulk({
      action: action.data,
      items: items.filter((i) => i !== null),
      ...(note ? { note } : {}),
    });
    revalidatePath("/review");
    return { kind: "done", result };
  } catch (error) {
    if (error instanceof TRPCError) return { kind: "refused", message: error.message };
    throw error;
  }
}
