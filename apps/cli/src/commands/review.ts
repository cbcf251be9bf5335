import {
  BulkActionSchema,
  BulkKindSchema,
  MAX_BULK_ITEMS,
  bulkKindRefs,
  type BulkAction,
  type BulkItem,
  type BulkKind,
  type BulkReviewResult,
  type ReviewStage,
} from "@armstrail/domain";
import type { Clients, Io } from "../io";
import { EXIT } from "../io";

export interface ReviewOptions {
  action: string | undefined;
  refs: string[];
  kind: string | undefined;
  /** Every record waiting at the action's stage (in review, or still to submit). */
  all: boolean;
  note: string | undefined;
  dryRun: boolean;
  json: boolean;
}

const stageOf: Record<BulkAction, ReviewStage> = {
  submit: "to_submit",
  publish: "in_review",
  reject: "in_review",
};

const done: Record<BulkAction, string> = {
  submit: "Sent to review",
  publish: "Published",
  reject: "Rejected",
};

export class ReviewUsageError extends Error {}

/** A ref given on the command line: `C12`, or `story_block:trade-2`; its kind from its shape. */
function itemOf(arg: string, kind: BulkKind | undefined): BulkItem {
  const [head, tail] = arg.includes(":") ? arg.split(":", 2) : [undefined, arg];
  const named = head === undefined ? kind : BulkKindSchema.safeParse(head).data;
  if (head !== undefined && !named) throw new ReviewUsageError(`Unknown kind "${head}" in ${arg}`);
  const fits = (named ? [named] : BulkKindSchema.options).filter(
    (k) => bulkKindRefs[k].safeParse(tail).success,
  );
  if (fits.length !== 1)
    throw new ReviewUsageError(
      fits.length === 0
        ? `${arg} is not a ${named ? named.replace("_", " ") : "record"} reference (C12, A3, S97, or story_block:KEY)`
        : `${arg} could be a ${fits.join(" or a ")}: write kind:${tail} or add --kind`,
    );
  return { kind: fits[0]!, ref: tail };
}

/**
 * `armstrail review <submit|publish|reject> [REF...] [--all] [--kind K]`: one action on many
 * records in one request per 500, each record decided on its own rules. Prints each
 * outcome; exit 1 when any record was refused.
 */
export async function reviewCommand(clients: Clients, opts: ReviewOptions, io: Io) {
  const action = BulkActionSchema.safeParse(opts.action);
  if (!action.success)
    throw new ReviewUsageError("review needs an action: submit, publish or reject");
  const kind = opts.kind === undefined ? undefined : BulkKindSchema.safeParse(opts.kind).data;
  if (opts.kind !== undefined && !kind)
    throw new ReviewUsageError(
      `Unknown kind "${opts.kind}": one of ${BulkKindSchema.options.join(", ")}`,
    );
  if (opts.all === opts.refs.length > 0)
    throw new ReviewUsageError("Name the records (C12 A3 ...) or give --all, not both");
  if (action.data === "reject" && !opts.note)
    throw new ReviewUsageError("A rejection must say why: add --note TEXT");

  const api = clients.editor();
  let items: BulkItem[];
  if (opts.all) {
    const waiting = await api.review.items.query({
      stage: stageOf[action.data],
      ...(kind ? { kind } : {}),
    });
    if (waiting.more)
      io.err(
        `More than ${MAX_BULK_ITEMS} records wait: this run takes the first ${MAX_BULK_ITEMS}.`,
      );
    items = waiting.items.map((i) => ({ kind: i.kind, ref: i.ref, version: i.version }));
  } else {
    items = opts.refs.map((r) => itemOf(r, kind));
  }
  if (items.length === 0) {
    io.out("Nothing to do: no record waits there.");
    return EXIT.ok;
  }
  if (opts.dryRun) {
    for (const i of items) io.out(`would ${action.data}  ${i.kind.padEnd(12)} ${i.ref}`);
    io.out(`Would ${action.data} ${items.length} records (dry run: nothing was changed).`);
    return EXIT.ok;
  }

  const results: BulkReviewResult["items"] = [];
  for (let at = 0; at < items.length; at += MAX_BULK_ITEMS) {
    const answer = await api.review.bulk.mutate({
      action: action.data,
      items: items.slice(at, at + MAX_BULK_ITEMS),
      ...(opts.note ? { note: opts.note } : {}),
    });
    results.push(...answer.items.map((o) => ({ ...o, index: o.index + at })));
  }
  if (opts.json) io.out(JSON.stringify(results, null, 2));
  else
    for (const o of results) {
      const what = `${o.kind.padEnd(12)} ${o.ref.padEnd(14)}`;
      if (o.outcome === "done") io.out(`done     ${what} ${o.status}`);
      else io.out(`refused  ${what} ${o.reason} (${o.code}): ${o.message}`);
    }
  const refused = results.filter((o) => o.outcome === "refused").length;
  io.out(
    `${done[action.data]} ${results.length - refused} of ${results.length}; ${refused} refused.`,
  );
  return refused ? EXIT.problems : EXIT.ok;
}
