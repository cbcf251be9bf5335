import {
  BulkKindSchema,
  bulkKindWords,
  MAX_BULK_ITEMS,
  ReviewStageSchema,
  type ReviewStage,
} from "@armstrail/domain";
import type { Metadata } from "next";
import Link from "next/link";
import { FilterBar, FilterSelect } from "~/components/fields";
import { Refused } from "~/components/refused";
import { editorApi, load } from "~/server/api";
import { requireSession } from "~/server/session";
import { BulkReviewForm } from "./bulk-review-form";

export const metadata: Metadata = { title: "Review queue" };

type Props = { searchParams: Promise<{ stage?: string; kind?: string }> };

const stageWords: Record<ReviewStage, string> = {
  in_review: "Waiting for a reviewer",
  to_submit: "Drafts to send to review",
};

const kindOptions = BulkKindSchema.options.map((value) => ({
  value,
  label: bulkKindWords[value].many,
}));

/**
 * Every kind of record waiting at one stage, to send to review, publish or reject many at
 * once. Each record is still decided on its own rules; the outcome lists each one.
 */
export default async function ReviewQueuePage({ searchParams }: Props) {
  await requireSession("/review");
  const params = await searchParams;
  const stage = ReviewStageSchema.safeParse(params.stage).data ?? "in_review";
  const kind = BulkKindSchema.safeParse(params.kind).data;
  const api = await editorApi();
  const result = await load(() =>
    api.review.items({ stage, ...(kind ? { kind } : {}), limit: MAX_BULK_ITEMS }),
  );
  if (!result.ok) return <Refused title="Review queue" problem={result} />;

  return (
    <>
      <h1>Review queue</h1>
      <p className="lede">
        Select records and send them to review, publish or reject them together. Each is still
        checked on its own: nobody publishes their own work, and what a record refers to is
        published first. <Link href="/review/claims">Claims waiting, with assignments</Link>
      </p>
      <FilterBar label="Filter the queue">
        <FilterSelect
          name="stage"
          label="Show"
          anyLabel={stageWords.in_review}
          options={[{ value: "to_submit", label: stageWords.to_submit }]}
          value={stage === "to_submit" ? "to_submit" : ""}
        />
        <FilterSelect
          name="kind"
          label="Kind"
          anyLabel="Every kind"
          options={kindOptions}
          value={kind ?? ""}
        />
      </FilterBar>
      {result.value.more ? (
        <p className="hint">
          More than {MAX_BULK_ITEMS} records wait: the first {MAX_BULK_ITEMS} are shown.
        </p>
      ) : null}
      <BulkReviewForm items={result.value.items} stage={stage} />
    </>
  );
}
