import { z } from "zod";
import { ClaimTypeSchema, VerdictSchema } from "./enums";
import { InvestigationFilterSchema } from "./investigation";
import { searchText } from "./text";
import { ActorRefSchema, IdSchema, RefSchema, SanctionRefSchema, TransferRefSchema } from "./ref";

/**
 * The most calls one API request may batch. Larger batches are refused (400): one request
 * of 200 list calls once held a server for 20 seconds. Clients split their batches to it.
 */
export const MAX_BATCH_SIZE = 10;

/** The longest request address (path and query) the API takes; a query's input travels in it. */
export const MAX_URL_LENGTH = 8192;

/** Cursor pagination: the cursor is the id of the last item of the previous page. */
export const PageInputSchema = z.object({
  limit: z
    .number()
    .int()
    .min(1, { message: "limit must be at least 1" })
    .max(100, { message: "limit must be at most 100" })
    .default(50),
  cursor: IdSchema.nullish(),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: IdSchema.nullable() });
}

/** Reads a cursor-paged list to its end, in order: for exports and small whole-list pages. */
export async function allPages<T>(
  page: (cursor: string | null) => Promise<{ items: T[]; nextCursor: string | null }>,
): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const p = await page(cursor);
    out.push(...p.items);
    cursor = p.nextCursor;
  } while (cursor);
  return out;
}

export const ClaimListInputSchema = PageInputSchema.extend({
  verdict: VerdictSchema.optional(),
  claimType: ClaimTypeSchema.optional(),
  actorRef: ActorRefSchema.optional(),
  transferRef: TransferRefSchema.optional(),
  sanctionRef: SanctionRefSchema.optional(),
  ...InvestigationFilterSchema.shape,
});
export type ClaimListInput = z.infer<typeof ClaimListInputSchema>;

export const ByIdInputSchema = z.object({ id: IdSchema });
export const ByRefInputSchema = z.object({ ref: RefSchema });

export const SearchInputSchema = z.object({
  query: searchText({ min: 2, max: 200 }),
  limit: z.number().int().min(1).max(50).default(20),
  ...InvestigationFilterSchema.shape,
});

export const SearchHitSchema = z.object({
  kind: z.enum(["claim", "actor", "transfer", "sanction"]),
  id: IdSchema,
  ref: RefSchema,
  title: z.string(),
  snippet: z.string(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;
