// Loads a case (already validated against the domain schemas) into the database.
// Idempotent by `ref`: a record that exists is left exactly as it is, so a second run
// changes nothing and never overwrites what editors have since done.
import type {
  ActorRecord,
  CheckedArticleRecord,
  ClaimRecord,
  DraftClaimRecord,
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
import { estimateColumns, rangeColumns, refNumber, statusColumns } from "../mappers";
import { setCredentialPassword } from "../services/credentials";

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
  // Story blocks are an editor's to approve: the desk that publishes a seeded case's story.
  editing: {
    email: "editing-desk@armstrail.org",
    name: "Arms Trail editing desk",
    role: "editor",
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
        { ...deskAccounts.editing, active: false },
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

      const investigations = new RefIndex("investigation");
      for (const i of await tx.investigation.findMany({ select: { id: true, slug: true } }))
        investigations.set(i.slug, i.id);
      const haveInvestigations = new Set(
        (await tx.investigation.findMany({ select: { ref: true } })).map((i) => i.ref),
      );
      for (const i of data.investigations ?? []) {
        if (haveInvestigations.has(i.ref)) continue;
        const row = await tx.investigation.create({
          data: { ...i, refNumber: refNumber(i.ref), reviewStatus: entityStatus, createdById },
          select: { id: true },
        });
        investigations.set(i.slug, row.id);
        report.investigations++;
      }
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

      const sources = new RefIndex("source");
      const have = await existingRefs(
        tx.source.findMany({ select: { id: true, ref: true } }),
        sources,
      );
      for (const s of data.sources) {
        if (have.has(s.ref)) continue;
        const row = await tx.source.create({
          data: { ...s, refNumber: refNumber(s.ref), reviewStatus: entityStatus, createdById },
          select: { id: true },
        });
        sources.set(s.ref, row.id);
        report.sources++;
      }

      const places = new RefIndex("place");
      const havePlaces = await existingRefs(
        tx.place.findMany({ select: { id: true, ref: true } }),
        places,
      );
      for (const { sourceRefs, ...p } of data.places ?? []) {
        if (havePlaces.has(p.ref)) continue;
        const row = await tx.place.create({
          data: {
            ...p,
            refNumber: refNumber(p.ref),
            reviewStatus: entityStatus,
            createdById,
            sources: {
              create: positions(sourceRefs).map(({ item, position }) => ({
                sourceId: sources.get(item),
                position,
              })),
            },
          },
          select: { id: true },
        });
        places.set(p.ref, row.id);
        report.places++;
      }
      const placeId = (ref: string | null | undefined) => (ref ? places.get(ref) : null);

      const actors = new RefIndex("actor");
      const haveActors = await existingRefs(
        tx.actor.findMany({ select: { id: true, ref: true } }),
        actors,
      );
      const newActors = data.actors.filter((a) => !haveActors.has(a.ref));
      for (const a of newActors) {
        const row = await tx.actor.create({
          data: {
            ref: a.ref,
            refNumber: refNumber(a.ref),
            reviewStatus: entityStatus,
            createdById,
            name: a.name,
            kind: a.kind,
            kindWording: a.kindWording,
            country: a.country,
            description: a.description,
            aliases: a.aliases,
            placeId: placeId(a.placeRef),
            identifiers: { create: a.identifiers },
            sources: {
              create: positions(a.sourceRefs).map(({ item, position }) => ({
                sourceId: sources.get(item),
                position,
              })),
            },
          },
          select: { id: true },
        });
        actors.set(a.ref, row.id);
        report.actors++;
      }
      // Links need both ends to exist, so they come once every actor does.
      for (const a of newActors) {
        if (a.links.length === 0) continue;
        await tx.actorLink.createMany({
          data: a.links.map((l) => ({
            actorId: actors.get(a.ref),
            targetId: actors.get(l.targetRef),
            type: l.type,
            note: l.note,
          })),
        });
      }

      const events = new RefIndex("event");
      const haveEvents = await existingRefs(
        tx.event.findMany({ select: { id: true, ref: true } }),
        events,
      );
      for (const e of data.events) {
        if (haveEvents.has(e.ref)) continue;
        const row = await tx.event.create({
          data: {
            ref: e.ref,
            refNumber: refNumber(e.ref),
            reviewStatus: entityStatus,
            createdById,
            date: e.date,
            dateUncertain: e.dateUncertain,
            title: e.title,
            placeId: placeId(e.placeRef),
            actors: {
              create: positions(e.actorRefs).map(({ item, position }) => ({
                actorId: actors.get(item),
                position,
              })),
            },
            sources: {
              create: positions(e.sourceRefs).map(({ item, position }) => ({
                sourceId: sources.get(item),
                position,
              })),
            },
          },
          select: { id: true },
        });
        events.set(e.ref, row.id);
        await tx.investigationEvent.createMany({
          data: sharersOf(e).map((investigationId) => ({ investigationId, eventId: row.id })),
        });
        report.events++;
      }

      const sanctions = new RefIndex("sanction");
      const provisions = new Map<string, string>();
      const haveSanctions = await existingRefs(
        tx.sanction.findMany({ select: { id: true, ref: true } }),
        sanctions,
      );
      for (const p of await tx.sanctionProvision.findMany({
        select: { id: true, key: true, sanction: { select: { ref: true } } },
      })) {
        provisions.set(`${p.sanction.ref}#${p.key}`, p.id);
      }
      for (const s of data.sanctions) {
        if (haveSanctions.has(s.ref)) continue;
        const row = await tx.sanction.create({
          data: {
            ref: s.ref,
            refNumber: refNumber(s.ref),
            reviewStatus: entityStatus,
            createdById,
            regime: s.regime,
            instrument: s.instrument,
            adopted: s.adopted,
            adoptedNote: s.adoptedNote,
            imposedById: s.imposedByRef ? actors.get(s.imposedByRef) : null,
            imposedByNote: s.imposedByNote,
            status: s.status,
            statusNote: s.statusNote,
            ...statusColumns(s),
            note: s.note,
            monitoringBodyName: s.monitoringBody?.name ?? null,
            monitoringBodyId: s.monitoringBody?.actorRef
              ? actors.get(s.monitoringBody.actorRef)
              : null,
            mandateStart: s.monitoringBody?.mandateStart ?? null,
            mandateEnd: s.monitoringBody?.mandateEnd ?? null,
            provisions: {
              create: positions(s.provisions).map(({ item, position }) => ({
                key: item.key,
                text: item.text,
                position,
              })),
            },
            designations: {
              create: s.designations.map((d) => ({
                actorId: actors.get(d.actorRef),
                reference: d.reference,
                listedOn: d.listedOn,
                note: d.note,
              })),
            },
            sources: {
              create: positions(s.sourceRefs).map(({ item, position }) => ({
                sourceId: sources.get(item),
                position,
              })),
            },
          },
          select: { id: true, provisions: { select: { id: true, key: true } } },
        });
        sanctions.set(s.ref, row.id);
        for (const p of row.provisions) provisions.set(`${s.ref}#${p.key}`, p.id);
        report.sanctions++;
      }

      const transfers = new RefIndex("transfer");
      const haveTransfers = await existingRefs(
        tx.transfer.findMany({ select: { id: true, ref: true } }),
        transfers,
      );
      for (const t of data.transfers) {
        if (haveTransfers.has(t.ref)) continue;
        const row = await tx.transfer.create({
          data: {
            ref: t.ref,
            refNumber: refNumber(t.ref),
            reviewStatus: entityStatus,
            createdById,
            supplierId: t.supplierRef ? actors.get(t.supplierRef) : null,
            supplierNote: t.supplierNote,
            recipientId: actors.get(t.recipientRef),
            itemCategory: t.itemCategory,
            itemCategoryWording: t.itemCategoryWording,
            designation: t.designation,
            description: t.description,
            periodStart: t.periodStart,
            periodEnd: t.periodEnd,
            status: t.status,
            statusNote: t.statusNote,
            ...statusColumns(t),
            ...rangeColumns(t.range),
            note: t.note,
            intermediaries: {
              create: positions(t.intermediaryRefs).map(({ item, position }) => ({
                actorId: actors.get(item),
                position,
              })),
            },
            routeLegs: {
              create: positions(t.routeLegs).map(({ item, position }) => ({
                sequence: position + 1,
                mode: item.mode,
                fromId: item.fromRef ? actors.get(item.fromRef) : null,
                toId: item.toRef ? actors.get(item.toRef) : null,
                fromPlaceId: placeId(item.fromPlaceRef),
                toPlaceId: placeId(item.toPlaceRef),
                viaPlaceId: placeId(item.viaPlaceRef),
                label: item.label,
                vessels: {
                  create: positions(item.vesselRefs).map((v) => ({
                    actorId: actors.get(v.item),
                    position: v.position,
                  })),
                },
              })),
            },
            estimates: {
              create: positions(t.estimates).map(({ item, position }) =>
                estimateColumns(item, sources.get(item.sourceRef), position),
              ),
            },
            breaches: {
              create: t.breaches.map((b) => {
                const provisionId = b.provisionKey
                  ? provisions.get(`${b.sanctionRef}#${b.provisionKey}`)
                  : null;
                if (b.provisionKey && !provisionId)
                  throw new Error(
                    `Transfer ${t.ref} cites provision ${b.sanctionRef} ${b.provisionKey}, which does not exist`,
                  );
                return {
                  sanctionId: sanctions.get(b.sanctionRef),
                  provisionId: provisionId ?? null,
                };
              }),
            },
            sources: {
              create: positions(t.sourceRefs).map(({ item, position }) => ({
                sourceId: sources.get(item),
                position,
              })),
            },
          },
          select: { id: true },
        });
        transfers.set(t.ref, row.id);
        await tx.investigationTransfer.createMany({
          data: sharersOf(t).map((investigationId) => ({ investigationId, transferId: row.id })),
        });
        report.transfers++;
      }

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
      const haveArticles = new Set(
        (await tx.checkedArticle.findMany({ select: { ref: true } })).map((a) => a.ref),
      );
      for (const { claims: listed, investigation, ...a } of data.articles ?? []) {
        if (haveArticles.has(a.ref)) continue;
        await tx.checkedArticle.create({
          data: {
            ...a,
            refNumber: refNumber(a.ref),
            investigationId: investigations.get(investigation),
            reviewStatus: entityStatus,
            createdById,
            claims: {
              create: positions(listed).map(({ item, position }) => ({
                claimId: claims.get(item.ref),
                position: position + 1,
                passage: item.passage,
              })),
            },
          },
          select: { id: true },
        });
        report.articles++;
      }
      await options.afterInsert?.(tx, report);
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
  return report;
}
