// Published investigations and the articles they checked, with verdict counts. Every row
// comes through the filters of ./published.ts: an unpublished investigation or article is
// not found, and an article lists only its published claims (a draft claim, or one retracted
// since, is left out of its list and of its counts).
import {
  countVerdicts,
  type CheckedArticle,
  type Investigation,
  type InvestigationSummary,
  type Verdict,
} from "@armstrail/domain";
import type { Db } from "../client";
import { NotFoundError } from "../errors";
import { articleFields } from "../mappers";
import {
  publishedCheckedArticle,
  publishedClaim,
  publishedInvestigation,
  inPublishedInvestigation,
} from "./published";

const summarySelect = {
  id: true,
  ref: true,
  slug: true,
  title: true,
  standfirst: true,
  status: true,
} as const;

/** The verdicts of the published claims of some investigations, by investigation id. */
async function verdictsByInvestigation(db: Db, investigationIds: string[]) {
  const rows = await db.claim.findMany({
    where: { ...publishedClaim, investigationId: { in: investigationIds } },
    select: { investigationId: true, publishedRevision: { select: { verdict: true } } },
  });
  const out = new Map<string, { verdict: Verdict }[]>(investigationIds.map((id) => [id, []]));
  for (const r of rows)
    if (r.publishedRevision) out.get(r.investigationId)?.push(r.publishedRevision);
  return out;
}

/** Every published investigation, oldest reference first, with its verdict counts. */
export async function listPublishedInvestigations(db: Db): Promise<InvestigationSummary[]> {
  const rows = await db.investigation.findMany({
    where: publishedInvestigation,
    select: summarySelect,
    orderBy: [{ refNumber: "asc" }, { id: "asc" }],
  });
  const verdicts = await verdictsByInvestigation(
    db,
    rows.map((r) => r.id),
  );
  return rows.map(({ id, ...r }) => ({ ...r, counts: countVerdicts(verdicts.get(id) ?? []) }));
}

/** One published investigation by its slug, with its checked articles; NOT_FOUND otherwise. */
export async function getPublishedInvestigation(db: Db, slug: string): Promise<Investigation> {
  const row = await db.investigation.findFirst({
    where: inPublishedInvestigation(slug),
    select: { ...summarySelect, summary: true, methodology: true },
  });
  if (!row) throw new NotFoundError("published investigation", slug);
  const { id, ...investigation } = row;
  const [verdicts, articles] = await Promise.all([
    verdictsByInvestigation(db, [id]),
    listPublishedArticles(db, id),
  ]);
  return { ...investigation, counts: countVerdicts(verdicts.get(id) ?? []), articles };
}

/** An investigation's published articles, each with its published claims in reading order. */
async function listPublishedArticles(db: Db, investigationId: string): Promise<CheckedArticle[]> {
  const rows = await db.checkedArticle.findMany({
    where: { ...publishedCheckedArticle, investigationId },
    orderBy: [{ refNumber: "asc" }, { id: "asc" }],
    include: {
      claims: {
        where: { claim: publishedClaim },
        orderBy: { position: "asc" },
        include: {
          claim: {
            select: {
              ref: true,
              publishedRevision: {
                select: { verdict: true, statement: true, claimType: true },
              },
            },
          },
        },
      },
    },
  });
  return rows.map((a) => {
    const claims = a.claims.flatMap((c) => {
      const rev = c.claim.publishedRevision;
      return rev
        ? [
            {
              ref: c.claim.ref,
              position: c.position,
              passage: c.passage,
              verdict: rev.verdict,
              text: rev.statement,
              claimType: rev.claimType,
            },
          ]
        : [];
    });
    return {
      ref: a.ref,
      ...articleFields(a),
      counts: countVerdicts(claims),
      claims,
    };
  });
}
