import type { SearchHit } from "@armstrail/domain";
import type { Db } from "../client";
import type { Prisma } from "../generated/prisma/client";
import {
  listedIn,
  publishedActor,
  publishedClaim,
  publishedClaimIn,
  publishedSanction,
  publishedTransfer,
} from "./published";

/**
 * Within one investigation: its claims and transfers, and the actors and sanctions of the
 * shared register that its published claims are about or its transfers involve.
 */
function scopeTo(slug: string | undefined) {
  if (!slug) return { claim: {}, transfer: {}, actor: {}, sanction: {} };
  const claim = publishedClaimIn(slug);
  const transfer = { ...publishedTransfer, ...listedIn(slug) };
  const aboutIt = { some: { revision: { publishedOf: { is: claim } } } };
  return {
    claim,
    transfer: listedIn(slug),
    actor: {
      OR: [
        { claimSubjects: aboutIt },
        { supplied: { some: transfer } },
        { received: { some: transfer } },
        { intermediaryIn: { some: { transfer } } },
      ],
    } satisfies Prisma.ActorWhereInput,
    sanction: {
      OR: [{ claimSubjects: aboutIt }, { breaches: { some: { transfer } } }],
    } satisfies Prisma.SanctionWhereInput,
  };
}

/** A piece of `text` around the first match, for showing why a record was found. */
export function snippetAround(text: string, query: string, radius = 80): string {
  const at = text.toLocaleLowerCase().indexOf(query.toLocaleLowerCase());
  if (at < 0) return text.length > radius * 2 ? `${text.slice(0, radius * 2).trimEnd()}…` : text;
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + query.length + radius);
  return `${start > 0 ? "…" : ""}${text.slice(start, end).trim()}${end < text.length ? "…" : ""}`;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Searches published claims, actors, transfers and sanctions, case-insensitively. Claims
 * are searched only through their published revision.
 */
export async function searchPublished(
  db: Db,
  query: string,
  limit: number,
  filter: { investigationSlug?: string | undefined } = {},
): Promise<SearchHit[]> {
  const scope = scopeTo(filter.investigationSlug);
  const contains = { contains: query, mode: "insensitive" as const };
  const pattern = `%${escapeLike(query)}%`;
  const aliasMatches = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM actors WHERE review_status = 'published'
      AND EXISTS (SELECT 1 FROM unnest(aliases) AS a WHERE a ILIKE ${pattern})`;
  const [claims, actors, transfers, sanctions] = await Promise.all([
    db.claim.findMany({
      where: {
        ...publishedClaim,
        ...scope.claim,
        publishedRevision: {
          is: { OR: [{ statement: contains }, { finding: contains }, { claimant: contains }] },
        },
      },
      select: {
        id: true,
        ref: true,
        publishedRevision: { select: { statement: true, finding: true } },
      },
      orderBy: { refNumber: "asc" },
      take: limit,
    }),
    db.actor.findMany({
      where: {
        AND: [
          publishedActor,
          scope.actor,
          {
            OR: [
              { name: contains },
              { description: contains },
              { id: { in: aliasMatches.map((a) => a.id) } },
            ],
          },
        ],
      },
      select: { id: true, ref: true, name: true, description: true, aliases: true },
      orderBy: { refNumber: "asc" },
      take: limit,
    }),
    db.transfer.findMany({
      where: {
        ...publishedTransfer,
        ...scope.transfer,
        OR: [
          { designation: contains },
          { description: contains },
          { note: contains },
          {
            routeLegs: {
              some: {
                // A draft actor's name must not find the transfers it is linked to.
                OR: [
                  { label: contains },
                  { from: { ...publishedActor, name: contains } },
                  { to: { ...publishedActor, name: contains } },
                ],
              },
            },
          },
        ],
      },
      select: {
        id: true,
        ref: true,
        designation: true,
        description: true,
        note: true,
        itemCategory: true,
      },
      orderBy: { refNumber: "asc" },
      take: limit,
    }),
    db.sanction.findMany({
      where: {
        AND: [
          publishedSanction,
          scope.sanction,
          {
            OR: [
              { instrument: contains },
              { regime: contains },
              { note: contains },
              { statusNote: contains },
            ],
          },
        ],
      },
      select: { id: true, ref: true, instrument: true, regime: true, note: true, statusNote: true },
      orderBy: { refNumber: "asc" },
      take: limit,
    }),
  ]);
  const hits: SearchHit[] = [];
  for (const c of claims) {
    const rev = c.publishedRevision;
    if (!rev) continue;
    const text = rev.statement.toLowerCase().includes(query.toLowerCase())
      ? rev.statement
      : rev.finding;
    hits.push({
      kind: "claim",
      id: c.id,
      ref: c.ref,
      title: rev.statement,
      snippet: snippetAround(text, query),
    });
  }
  for (const a of actors) {
    const alias = a.aliases.find((x) => x.toLowerCase().includes(query.toLowerCase()));
    hits.push({
      kind: "actor",
      id: a.id,
      ref: a.ref,
      title: a.name,
      snippet: alias ? `Also known as ${alias}` : snippetAround(a.description, query),
    });
  }
  for (const t of transfers) {
    const text =
      [t.designation, t.description, t.note].find((x) =>
        x?.toLowerCase().includes(query.toLowerCase()),
      ) ??
      t.description ??
      t.note ??
      "";
    hits.push({
      kind: "transfer",
      id: t.id,
      ref: t.ref,
      title: t.designation ?? t.itemCategory.replaceAll("_", " "),
      snippet: snippetAround(text, query),
    });
  }
  for (const s of sanctions) {
    const text =
      [s.instrument, s.regime, s.note, s.statusNote].find((x) =>
        x?.toLowerCase().includes(query.toLowerCase()),
      ) ?? s.regime;
    hits.push({
      kind: "sanction",
      id: s.id,
      ref: s.ref,
      title: s.instrument,
      snippet: snippetAround(text, query),
    });
  }
  return hits.slice(0, limit);
}
