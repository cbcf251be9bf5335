// Loads a case (already validated against the domain schemas) into the database.
// Idempotent by `ref`: a record that exists is left exactly as it is, so a second run
// changes nothing and never overwrites what editors have since done. Entity records are
// written by the editor's own function (insertEntities), so a seeded one is stored, and has
// its first revision, exactly as if it had been typed in; claims and story blocks are not
// entities and are written here, with the review history of a published case.
import type {
  ActorRecord,
  CheckedArticleRecord,
  ClaimRecord,
  DraftClaimRecord,
  EntityInputs,
  EntityType,
  EventRecord,
  PlaceRecord,
  InvestigationRecord,
  Role,
  SanctionRecord,
  SourceRecord,
  StoryBlockRecord,
  TransferRecord,
} from "@armstrail/domain";
import type { Db, Prisma } from "../client";
import { refNumber } from "../mappers";
import { setCredentialPassword } from "../services/credentials";
import { delegate, insertEntities } from "../services/entities/core";

export interface CaseData {
  sources: SourceRecord[];
  /** Places with coordinates; actors, events and route legs link to them. */
  places?: PlaceRecord[] | undefined;
  actors: ActorRecord[];
  events: EventRecord[];
  sanctions: SanctionRecord[];
  transfers: TransferRecord[];
  claims: ClaimRecord[];
  drafts: DraftClaimRecord[];
  story: StoryBlockRecord[];
  /** Written first: claims, story blocks, transfers and events name theirs by slug. */
  investigations?: InvestigationRecord[];
  /** Written after the claims they list. */
  articles?: CheckedArticleRecord[];
}

/**
 * An entity record of the case file: what the editor sends, with its ref (and, for a transfer
 * or an event, the investigations it belongs to, kept in join rows of their own).
 */
type SeedRecord<T extends EntityType> = EntityInputs[T] & {
  ref: string;
  investigations?: string[] | undefined;
};

/** A claim's content as the seed writes it: a draft's evidence may be not yet graded. */
type ClaimContentRecord = Omit<DraftClaimRecord, "status" | "authorEmail" | "reviewerNote">;

export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  /** A Better Auth password hash, so a local demo account can sign in. Desk accounts have none. */
  passwordHash?: string | undefined;
}

export interface SeedOptions {
  /** Local only: one account per role, and the drafts they wrote. */
  demoAccounts?: DemoAccount[];
  now?: Date;
  /**
   * The review state of new sources, actors, events, sanctions and transfers. The case's
   * own records are published; an import brings them in as drafts for review.
   */
  entityStatus?: "published" | "draft";
  /**
   * The investigation (slug) of every claim, story block, transfer and event that names
   * none: an import into one investigation. A claim or story block with neither is refused.
   */
  investigation?: string;
  /** An existing account that imported drafts are attributed to (createdBy, authorship). */
  importer?: { id: string; email: string };
  /** Runs inside the same transaction after everything is inserted (e.g. the audit entry). */
  afterInsert?: (tx: Prisma.TransactionClient, report: SeedReport) => Promise<void>;
}

export type SeedReport = Record<
  | "users"
  | "sources"
  | "places"
  | "actors"
  | "events"
  | "sanctions"
  | "transfers"
  | "claims"
  | "drafts"
  | "storyBlocks"
  | "investigations"
  | "articles",
  number
>;

/** The desk accounts that the case's published claims are attributed to. They cannot sign in. */
export const deskAccounts = {
  research: {
    email: "research-desk@armstrail.org",
    name: "Arms Trail research desk",
    role: "contributor",
  },
  review: {
    email: "review-desk@armstrail.org",
    name: "Arms Trail review desk",
    role: "fact_checker",
  },
} as const satisfies Record<string, DemoAccount>;

class RefIndex {
  private readonly ids = new Map<string, string>();
  constructor(private readonly kind: string) {}
  set(ref: string, id: string) {
    this.ids.set(ref, id);
  }
  get(ref: string): string {
    const id = this.ids.get(ref);
    if (!id) throw new Error(`Seed data refers to ${this.kind} ${ref}, which does not exist`);
    return id;
  }
}

async function existingRefs(
  rows: Promise<{ id: string; ref: string }[]>,
  index: RefIndex,
): Promise<Set<string>> {
  const found = await rows;
  for (const r of found) index.set(r.ref, r.id);
  return new Set(found.map((r) => r.ref));
}

const positions = <T>(items: T[]) => items.map((item, position) => ({ item, position }));

export async function seedCase(
  db: Db,
  data: CaseData,
  options: SeedOptions = {},
): Promise<SeedReport> {
  const now = options.now ?? new Date();
  const entityStatus = options.entityStatus ?? "published";
  const createdById = options.importer?.id ?? null;
  const report: SeedReport = {
    users: 0,
    sources: 0,
    places: 0,
    actors: 0,
    events: 0,
    sanctions: 0,
    transfers: 0,
    claims: 0,
    drafts: 0,
    storyBlocks: 0,
    investigations: 0,
    articles: 0,
  };
  await db.$transaction(
    async (tx) => {
      const users = new Map<string, string>();
      const accounts: (DemoAccount & { active: boolean })[] = [
        { ...deskAccounts.research, active: false },
        { ...deskAccounts.review, active: false },
        ...(options.demoAccounts ?? []).map((a) => ({ ...a, active: true })),
      ];
      for (const { passwordHash, ...a } of accounts) {
        const existing = await tx.user.findUnique({
          where: { email: a.email },
          select: { id: true },
        });
        const user = existing ?? (await tx.user.create({ data: a, select: { id: true } }));
        if (!existing) report.users++;
        users.set(a.email, user.id);
        // Only a new account gets the demo password: one changed since is left alone.
        if (passwordHash && !existing) await setCredentialPassword(tx, user.id, passwordHash);
      }
      if (options.importer) users.set(options.importer.email, options.importer.id);

      // Every entity record comes in through the editor's own path, with its first revision
      // (by the importer, else the research desk); one that is there already is left alone.
      const authorId = options.importer?.id ?? users.get(deskAccounts.research.email)!;
      const seedEntities = async <T extends EntityType>(
        type: T,
        records: readonly SeedRecord<T>[],
      ) => {
        const index = new RefIndex(type);
        const have = await existingRefs(
          delegate(tx, type).findMany({ select: { id: true, ref: true } }),
          index,
        );
        const fresh = records.filter((r) => !have.has(r.ref));
        const rows = await insertEntities(
          tx,
          type,
          fresh.map(({ ref, investigations: _, ...data }) => ({
            at: { ref, refNumber: refNumber(ref), createdById, authorId },
            data: data as unknown as EntityInputs[T],
          })),
          { reviewStatus: entityStatus, note: "Seeded" },
        );
        fresh.forEach((r, i) => index.set(r.ref, rows[i]!.id));
        return { index, fresh };
      };

      // Claims, story blocks, transfers and events name their investigation by slug.
      const investigations = new RefIndex("investigation");
      for (const i of await tx.investigation.findMany({ select: { id: true, slug: true } }))
        investigations.set(i.slug, i.id);
      const newInvestigations = await seedEntities("investigation", data.investigations ?? []);
      for (const i of newInvestigations.fresh)
        investigations.set(i.slug, newInvestigations.index.get(i.ref));
      report.investigations = newInvestigations.fresh.length;
      /** The investigation a claim or story block belongs to; it must have one. */
      const ownerOf = (r: { investigation?: string | undefined }, what: string) => {
        const slug = r.investigation ?? options.investigation;
        if (!slug) throw new Error(`${what} names no investigation`);
        return investigations.get(slug);
      };
      /** The investigations a transfer or event belongs to (it may belong to none). */
      const sharersOf = (r: { investigations?: string[] | undefined }) =>
        (r.investigations ?? (options.investigation ? [options.investigation] : [])).map((slug) =>
          investigations.get(slug),
        );

      const { index: sources, fresh: newSources } = await seedEntities("source", data.sources);
      report.sources = newSources.length;
      report.places = (await seedEntities("place", data.places ?? [])).fresh.length;
      // Actors may link to actors later in the file: one batch, so links wait for every row.
      const { index: actors, fresh: newActors } = await seedEntities("actor", data.actors);
      report.actors = newActors.length;
      const { index: events, fresh: newEvents } = await seedEntities("event", data.events);
      await tx.investigationEvent.createMany({
        data: newEvents.flatMap((e) =>
          sharersOf(e).map((investigationId) => ({ investigationId, eventId: events.get(e.ref) })),
        ),
      });
      report.events = newEvents.length;
      const { index: sanctions, fresh: newSanctions } = await seedEntities(
        "sanction",
        data.sanctions,
      );
      report.sanctions = newSanctions.length;
      const { index: transfers, fresh: newTransfers } = await seedEntities(
        "transfer",
        data.transfers,
      );
      await tx.investigationTransfer.createMany({
        data: newTransfers.flatMap((t) =>
          sharersOf(t).map((investigationId) => ({
            investigationId,
            transferId: transfers.get(t.ref),
          })),
        ),
      });
      report.transfers = newTransfers.length;

      const indexes = { actor: actors, transfer: transfers, sanction: sanctions, event: events };
      const claims = new RefIndex("claim");
      const haveClaims = await existingRefs(
        tx.claim.findMany({ select: { id: true, ref: true } }),
        claims,
      );
      // The case's workflow drafts belong to the demo accounts, so they come only with them;
      // an import's drafts belong to the importer.
      const drafts = options.demoAccounts?.length || options.importer ? data.drafts : [];
      const created: { record: ClaimContentRecord; revisionId: string }[] = [];
      const researchId = users.get(deskAccounts.research.email)!;
      const reviewId = users.get(deskAccounts.review.email)!;

      const createClaim = async (
        c: ClaimContentRecord,
        state: {
          status: DraftClaimRecord["status"] | "approved";
          authorId: string;
          reviewerNote?: string | null;
        },
      ) => {
        const approved = state.status === "approved";
        const claim = await tx.claim.create({
          data: {
            ref: c.ref,
            refNumber: refNumber(c.ref),
            status: state.status,
            authorId: state.authorId,
            investigationId: ownerOf(c, `Claim ${c.ref}`),
            publishedAt: approved ? now : null,
          },
          select: { id: true },
        });
        const revision = await tx.claimRevision.create({
          data: {
            claimId: claim.id,
            number: 1,
            authorId: state.authorId,
            claimAuthorId: state.authorId,
            approvedById: approved ? reviewId : null,
            approvedAt: approved ? now : null,
            statement: c.statement,
            quotedPhrase: c.quotedPhrase,
            claimant: c.claimant,
            claimType: c.claimType,
            verdict: c.verdict,
            likelihood: c.likelihood,
            confidence: c.confidence,
            finding: c.finding,
            appearanceId: c.appearanceRef ? sources.get(c.appearanceRef) : null,
            evidence: {
              create: positions(c.evidence).map(({ item, position }) => ({
                position,
                sourceId: sources.get(item.sourceRef),
                reliability: item.reliability,
                credibility: item.credibility,
                supports: item.supports,
              })),
            },
            subjects: {
              create: positions(c.subjects).map(({ item, position }) => ({
                position,
                kind: item.kind,
                [`${item.kind}Id`]: indexes[item.kind].get(item.ref),
              })),
            },
          },
          select: { id: true },
        });
        await tx.claim.update({
          where: { id: claim.id },
          data: {
            currentRevisionId: revision.id,
            publishedRevisionId: approved ? revision.id : null,
          },
        });
        await tx.claimHistory.create({
          data: {
            claimId: claim.id,
            revisionId: revision.id,
            actorId: state.authorId,
            fromStatus: null,
            toStatus: "draft",
            at: now,
          },
        });
        if (state.status !== "draft") {
          await tx.claimHistory.create({
            data: {
              claimId: claim.id,
              revisionId: revision.id,
              actorId: state.authorId,
              fromStatus: "draft",
              toStatus: "in_review",
              at: now,
            },
          });
        }
        if (state.status !== "draft" && state.status !== "in_review") {
          const reviewerId = approved ? reviewId : users.get(deskAccounts.review.email)!;
          await tx.claimReview.create({
            data: {
              revisionId: revision.id,
              reviewerId,
              decision: state.status,
              note: state.reviewerNote ?? null,
              createdAt: now,
            },
          });
          await tx.claimHistory.create({
            data: {
              claimId: claim.id,
              revisionId: revision.id,
              actorId: reviewerId,
              fromStatus: "in_review",
              toStatus: state.status,
              at: now,
            },
          });
        }
        claims.set(c.ref, claim.id);
        created.push({ record: c, revisionId: revision.id });
      };

      for (const c of data.claims) {
        if (haveClaims.has(c.ref)) continue;
        await createClaim(c, { status: "approved", authorId: researchId });
        report.claims++;
      }
      for (const d of drafts) {
        if (haveClaims.has(d.ref)) continue;
        const { status, authorEmail, reviewerNote, ...record } = d;
        const authorId = users.get(authorEmail);
        if (!authorId)
          throw new Error(
            `Draft ${d.ref} names author ${authorEmail}, who is not a seeded account`,
          );
        await createClaim(record, { status, authorId, reviewerNote });
        report.drafts++;
      }
      const haveBlocks = new Set(
        (await tx.storyBlock.findMany({ select: { key: true } })).map((b) => b.key),
      );
      for (const b of data.story) {
        if (haveBlocks.has(b.key)) continue;
        const block = await tx.storyBlock.create({
          data: {
            key: b.key,
            sectionKey: b.sectionKey,
            sectionTitle: b.sectionTitle,
            sectionPosition: b.sectionPosition,
            position: b.position,
            status: "approved",
            authorId: researchId,
            investigationId: ownerOf(b, `Story block ${b.key}`),
            publishedAt: now,
          },
          select: { id: true },
        });
        const revision = await tx.storyBlockRevision.create({
          data: {
            blockId: block.id,
            number: 1,
            authorId: researchId,
            blockAuthorId: researchId,
            approvedById: reviewId,
            approvedAt: now,
            body: b.body,
          },
          select: { id: true },
        });
        await tx.storyBlock.update({
          where: { id: block.id },
          data: { currentRevisionId: revision.id, publishedRevisionId: revision.id },
        });
        report.storyBlocks++;
      }
      for (const { record, revisionId } of created) {
        if (record.seeAlso.length === 0) continue;
        await tx.claimSeeAlso.createMany({
          data: positions(record.seeAlso).map(({ item, position }) => ({
            revisionId,
            targetId: claims.get(item),
            position,
          })),
        });
      }
      // Articles list claims, so they come last.
      report.articles = (await seedEntities("checked_article", data.articles ?? [])).fresh.length;
      await options.afterInsert?.(tx, report);
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
  return report;
}
