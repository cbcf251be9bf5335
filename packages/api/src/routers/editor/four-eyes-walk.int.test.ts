// Four eyes, walked from the router itself: for every mutation of the editor router, one
// account (the most powerful that may call it) does all it can alone, and every public read
// must answer exactly as before. A mutation added without a line in `solo` fails the first
// test, so nothing new can take text public on one person's word unnoticed.
//
// "Every public read" is every query of the public router (a query added there without a
// probe fails too), asked about every reference and id in the database, every list paged to
// its end, filtered by every record, and searched for the words the fixtures and the solo
// edits use. The explainer reads nothing else: its pages, downloads and feed all call the
// public router.
//
// A few mutations change public data by design; `byDesign` names them and why, and the
// last block shows that the snapshot does see such a change (so the walk can fail).
import type { Db } from "@armstrail/db";
import {
  actorRecord,
  articleRecord,
  claimRecord,
  eventRecord,
  insertCase,
  placeRecord,
  investigationRecord,
  sanctionRecord,
  sourceRecord,
  testInvestigation,
  transferRecord,
  useTestDb,
} from "@armstrail/db/testing";
import {
  EntityTypeSchema,
  bulkKindRefs,
  refPrefixes,
  type BulkKind,
  type EntityType,
  type Role,
} from "@armstrail/domain";
import { createHash } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { createEditorCaller, createPublicCaller } from "../../callers";
import { publicRouter } from "../public";
import type { ProcedureDef } from "../string-leaves";
import { editorProcedures } from "./router-walk";
import { claimDraft, loadSessions, type Sessions } from "./workflow-fixtures";

type EditorApi = ReturnType<typeof createEditorCaller>;

/** Prisma's delegate for a record type (checked_article's table is `checkedArticle`). */
const delegateOf = (type: EntityType | "claim") =>
  type === "checked_article" ? "checkedArticle" : type;
type Ctx = Record<string, { id: string; ref?: string; version: number }>;

/** The word every solo edit writes, so that the public search looks for it. */
const MARK = "Unseconded";

// ------------------------------------------------------------------ public snapshot

const publicProcedures = publicRouter._def.procedures as unknown as Record<string, ProcedureDef>;

interface Keys {
  claim: { id: string; ref: string }[];
  actor: { id: string; ref: string }[];
  transfer: { id: string; ref: string }[];
  sanction: { id: string; ref: string }[];
  event: { id: string; ref: string }[];
  source: { id: string; ref: string }[];
  place: { id: string; ref: string }[];
  investigation: { id: string; ref: string }[];
  checked_article: { id: string; ref: string }[];
  /** Every merged actor's old reference (always all of them: there are few). */
  redirect: string[];
  /** Every investigation's slug (always all of them: there are few). */
  slug: string[];
}

const searchWords = [MARK, "Walk", "test", "shells", "company", "report", "statement", "regime"];

const byKey = (type: RowType) => (k: Keys) => [
  ...k[type].map((r) => ({ id: r.id })),
  ...k[type].map((r) => ({ ref: r.ref })),
];
const refsOf = (type: RowType) => (k: Keys) => k[type].map((r) => ({ ref: r.ref }));
const entityProbes = (type: EntityType, listInputs: (k: Keys) => object[] = () => [{}]) => {
  const key = byKey(type);
  return {
    [`${type}.list`]: listInputs,
    [`${type}.byId`]: (k: Keys) => key(k).filter((i) => "id" in i),
    [`${type}.byRef`]: (k: Keys) => key(k).filter((i) => "ref" in i),
  };
};
/** Every read that takes an investigation is asked about each one, and about none. */
const inEach = (k: Keys) => k.slug.map((investigation) => ({ investigation }));
const claimFilters = (k: Keys) => [
  {},
  ...inEach(k),
  ...k.actor.map((r) => ({ actorRef: r.ref })),
  ...k.transfer.map((r) => ({ transferRef: r.ref })),
  ...k.sanction.map((r) => ({ sanctionRef: r.ref })),
];

/**
 * Public queries left out of the snapshot, each with its reason. They carry no text of any
 * record, so nothing in them can be public text that one person alone put there.
 */
const unprobed: Record<string, string> = {
  "audit.head":
    "the audit log's fingerprint (hash, count, time): every action, a sign-in included, moves it on by design",
};

/** The inputs each public query is asked with. */
const probes: Record<string, (k: Keys) => (object | undefined)[]> = {
  "claim.list": claimFilters,
  "claim.counts": claimFilters,
  "claim.byId": (k) => byKey("claim")(k).filter((i) => "id" in i),
  "claim.byRef": refsOf("claim"),
  "claim.history": refsOf("claim"),
  ...entityProbes("actor", () => [{}, { kind: "company" }, { kind: "state" }]),
  // Old references of merged actors too: a new record must not take one over.
  "actor.redirect": (k) => [
    ...refsOf("actor")(k),
    ...k.redirect.filter((ref) => !k.actor.some((a) => a.ref === ref)).map((ref) => ({ ref })),
  ],
  ...entityProbes("transfer", (k) => [
    {},
    ...inEach(k),
    ...k.actor.map((r) => ({ actorRef: r.ref })),
    ...k.sanction.map((r) => ({ sanctionRef: r.ref })),
  ]),
  ...entityProbes("sanction", (k) => [{}, ...k.actor.map((r) => ({ actorRef: r.ref }))]),
  ...entityProbes("event", (k) => [{}, ...inEach(k)]),
  ...entityProbes("source"),
  ...entityProbes("place"),
  search: (k) =>
    searchWords.flatMap((query) => [
      { query, limit: 50 },
      ...inEach(k).map((i) => ({ query, limit: 50, ...i })),
    ]),
  "story.get": (k) => [undefined, ...inEach(k)],
  "corrections.list": (k) => [undefined, ...inEach(k)],
  "investigation.list": () => [undefined],
  "investigation.bySlug": (k) => k.slug.map((slug) => ({ slug })),
};

async function keysOf(db: Db): Promise<Keys> {
  const select = { id: true, ref: true } as const;
  const orderBy = { ref: "asc" } as const;
  return {
    claim: await db.claim.findMany({ select, orderBy }),
    actor: await db.actor.findMany({ select, orderBy }),
    transfer: await db.transfer.findMany({ select, orderBy }),
    sanction: await db.sanction.findMany({ select, orderBy }),
    event: await db.event.findMany({ select, orderBy }),
    source: await db.source.findMany({ select, orderBy }),
    place: await db.place.findMany({ select, orderBy }),
    investigation: await db.investigation.findMany({ select, orderBy }),
    checked_article: await db.checkedArticle.findMany({ select, orderBy }),
    redirect: (await db.actorRedirect.findMany({ select: { fromRef: true } })).map(
      (r) => r.fromRef,
    ),
    slug: (await db.investigation.findMany({ select: { slug: true }, orderBy })).map((i) => i.slug),
  };
}

type Row = { id: string; ref: string };
type RowType = Exclude<keyof Keys, "redirect" | "slug">;
const eachType = (f: (type: RowType) => Row[], redirect: string[], slug: string[]): Keys => ({
  claim: f("claim"),
  actor: f("actor"),
  transfer: f("transfer"),
  sanction: f("sanction"),
  event: f("event"),
  source: f("source"),
  place: f("place"),
  investigation: f("investigation"),
  checked_article: f("checked_article"),
  redirect,
  slug,
});
const union = (a: Keys, b: Keys) =>
  eachType(
    (t) => [...a[t], ...b[t].filter((r) => !a[t].some((s) => s.id === r.id))],
    [...new Set([...a.redirect, ...b.redirect])],
    [...new Set([...a.slug, ...b.slug])],
  );
/** a's rows that b lacks; a's redirects and slugs all stay. */
const minus = (a: Keys, b: Keys) =>
  eachType((t) => a[t].filter((r) => !b[t].some((s) => s.id === r.id)), a.redirect, a.slug);

function procedureAt(root: unknown, path: string) {
  return path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root) as (
    input?: unknown,
  ) => Promise<unknown>;
}

/** One read, paged to its end, as text; a refusal is its code. */
async function read(call: (input?: unknown) => Promise<unknown>, input: object | undefined) {
  try {
    let page = await call(input);
    if (page && typeof page === "object" && "nextCursor" in page && "items" in page) {
      const items: unknown[] = [];
      for (;;) {
        const p = page as { items: unknown[]; nextCursor: string | null };
        items.push(...p.items);
        if (!p.nextCursor) break;
        page = await call({ ...input, limit: 100, cursor: p.nextCursor });
      }
      return JSON.stringify(items);
    }
    return JSON.stringify(page);
  } catch (e) {
    if (e instanceof TRPCError) return e.code;
    throw e;
  }
}

/** The same read about a record that does not exist: what a reader got before it did. */
function aboutNobody(input: object | undefined): object | undefined {
  if (!input) return input;
  return Object.fromEntries(
    Object.entries(input).map(([k, v]) => [
      k,
      k === "id"
        ? "00000000-0000-7000-8000-000000000000"
        : /^(ref|actorRef|transferRef|sanctionRef)$/.test(k)
          ? `${String(v).charAt(0)}99999`
          : /^(slug|investigation)$/.test(k)
            ? "no-such-investigation"
            : (v as unknown),
    ]),
  );
}

/** Each read's answer, with the call that gave it. */
type Snapshot = Map<string, { path: string; input: object | undefined; now: string }>;

async function publicSnapshot(db: Db, keys: Keys): Promise<Snapshot> {
  const api = createPublicCaller(db);
  const reads = Object.keys(publicProcedures)
    .filter((path) => !(path in unprobed))
    .sort()
    .flatMap((path) =>
      probes[path]!(keys).map((raw) => {
        const input = raw && path.endsWith(".list") ? { ...raw, limit: 100 } : raw;
        return { key: `${path} ${JSON.stringify(input ?? null)}`, path, input };
      }),
    );
  // Reads are independent: a few at a time, on the pool's connections.
  const out: Snapshot = new Map();
  for (let i = 0; i < reads.length; i += 8) {
    const batch = reads.slice(i, i + 8);
    const answers = await Promise.all(batch.map((r) => read(procedureAt(api, r.path), r.input)));
    batch.forEach((r, j) => out.set(r.key, { path: r.path, input: r.input, now: answers[j]! }));
  }
  return out;
}

/**
 * Every read whose answer differs, with a short fingerprint of each side. A read about a
 * record made since the first snapshot is compared with the same read about a record that
 * does not exist: that is what a reader got before.
 */
async function changedReads(db: Db, before: Snapshot, after: Snapshot): Promise<string[]> {
  const api = createPublicCaller(db);
  const short = (s: string) =>
    s.length < 60 ? s : createHash("sha256").update(s).digest("hex").slice(0, 8);
  const changed: string[] = [];
  for (const [key, { path, input, now }] of after) {
    const then = before.get(key)?.now ?? (await read(procedureAt(api, path), aboutNobody(input)));
    if (then !== now) changed.push(`${key}: ${short(then)} -> ${short(now)}`);
  }
  return changed;
}

// ------------------------------------------------------------------ what one account does

interface Solo {
  /** The account; the most powerful one the procedure lets in. */
  who: Role | "anonymous";
  /** Fixtures for this case, made by the seed path or by other people, before the first snapshot. */
  setup?: (f: Fixtures) => Promise<Ctx>;
  /** Everything the one account does, ending with the mutation under test. */
  act: (api: EditorApi, ctx: Ctx, f: Fixtures) => Promise<unknown>;
  /**
   * Whether the last call goes through ("done") or is refused. A refusal for any other
   * reason than a rule (say BAD_REQUEST from a wrong fixture) fails the case, since it
   * would prove nothing.
   */
  outcome: "done" | "refused" | "either";
  /**
   * For the few mutations meant to change public reads on one person's word: why, and
   * what the change must be instead of none.
   */
  byDesign?: {
    reason: string;
    check: (changed: string[], before: Snapshot, after: Snapshot, ctx: Ctx) => void;
  };
}

interface Fixtures {
  db: Db;
  sessions: Sessions;
  as: (role: Role) => EditorApi;
  /** A fresh published record of the type, through the seed path. */
  published: (type: EntityType) => Promise<{ id: string; ref: string; version: number }>;
  /** A fresh approved claim, citing a published source. */
  approvedClaim: () => Promise<{ id: string; ref: string; version: number }>;
  /** A fresh published story block in the "walk" section. */
  publishedBlock: () => Promise<{ id: string; version: number }>;
  /** The source every drafted claim cites. */
  sourceRef: string;
  /** A published record of each type, whose fields new drafts copy. */
  template: Record<EntityType, { id: string; ref: string }>;
}

/** Two published actors, for the merge cases. */
const twoPublishedActors = async (f: Fixtures): Promise<Ctx> => ({
  survivor: await f.published("actor"),
  merged: await f.published("actor"),
});

/** The merge of `ctx.merged` into `ctx.survivor`, at the versions the fixtures had. */
const mergeActors = (api: EditorApi, ctx: Ctx) =>
  api.actor.merge({
    survivorId: ctx.survivor!.id,
    survivorVersion: ctx.survivor!.version,
    mergedId: ctx.merged!.id,
    mergedVersion: ctx.merged!.version,
  });

const textField: Record<EntityType, string> = {
  actor: "name",
  transfer: "designation",
  sanction: "instrument",
  event: "title",
  source: "title",
  place: "name",
  investigation: "title",
  checked_article: "title",
};

let drafts = 0;

async function entityData(api: EditorApi, type: EntityType, id: string) {
  const got = (await procedureAt(api, `${type}.get`)({ id })) as {
    ref: string;
    data: Record<string, unknown>;
    version: number;
  };
  return got;
}

async function ownDraft(api: EditorApi, f: Fixtures, type: EntityType) {
  const { data } = await entityData(api, type, f.template[type].id);
  return (await procedureAt(
    api,
    `${type}.create`,
  )({
    ...data,
    [textField[type]]: `${MARK} draft ${type}`,
    // An investigation's slug is its own: a copy takes a new one.
    ...(type === "investigation" ? { slug: `walk-draft-${++drafts}` } : {}),
  })) as { id: string; version: number };
}

const entitySolos = (type: EntityType): Record<string, Solo> => ({
  [`${type}.create`]: {
    who: "admin",
    outcome: "done",
    act: (api, _ctx, f) => ownDraft(api, f, type),
  },
  [`${type}.update`]: {
    who: "admin",
    outcome: "either",
    setup: async (f) => ({ target: await f.published(type) }),
    act: async (api, ctx) => {
      const { data, version } = await entityData(api, type, ctx.target!.id);
      return procedureAt(
        api,
        `${type}.update`,
      )({
        id: ctx.target!.id,
        baseVersion: version,
        ...data,
        [textField[type]]: `${MARK} edit of a published ${type}`,
      });
    },
  },
  [`${type}.submit`]: {
    who: "admin",
    outcome: "done",
    act: async (api, _ctx, f) => {
      const mine = await ownDraft(api, f, type);
      return procedureAt(api, `${type}.submit`)({ id: mine.id, baseVersion: mine.version });
    },
  },
  [`${type}.publish`]: {
    who: "admin",
    outcome: "refused",
    act: async (api, _ctx, f) => {
      const mine = await ownDraft(api, f, type);
      await procedureAt(api, `${type}.submit`)({ id: mine.id, baseVersion: mine.version });
      return procedureAt(api, `${type}.publish`)({ id: mine.id, baseVersion: mine.version + 1 });
    },
  },
  [`${type}.reject`]: {
    who: "admin",
    outcome: "either",
    act: async (api, _ctx, f) => {
      const mine = await ownDraft(api, f, type);
      await procedureAt(api, `${type}.submit`)({ id: mine.id, baseVersion: mine.version });
      return procedureAt(
        api,
        `${type}.reject`,
      )({
        id: mine.id,
        baseVersion: mine.version + 1,
        note: "Sent back by its own author.",
      });
    },
  },
});

/** A correction of a published claim, written and sent to review by the one account. */
async function correctionInReview(
  api: EditorApi,
  claim: { id: string; version: number },
  f: Fixtures,
) {
  const corrected = await api.claim.correct({
    id: claim.id,
    baseVersion: claim.version,
    note: `${MARK} correction of the count.`,
  });
  const saved = await api.claim.save({
    id: claim.id,
    baseVersion: corrected.version,
    ...claimDraft(f.sourceRef, { statement: `${MARK} corrected statement.` }),
  });
  return api.claim.submit({ id: claim.id, baseVersion: saved.version });
}

/** A new version of a published block, written and sent to review by the one account. */
async function blockEditInReview(api: EditorApi, block: { id: string; version: number }) {
  const saved = await api.story.save({
    id: block.id,
    baseVersion: block.version,
    body: `${MARK} words for the walk.`,
  });
  return api.story.submit({ id: block.id, baseVersion: saved.version });
}

type Decide = (api: EditorApi, id: string, baseVersion: number) => Promise<unknown>;

/** A review decision on a correction the one account wrote itself: refused (four eyes). */
const ownCorrection = (decide: Decide): Solo => ({
  who: "admin",
  outcome: "refused",
  setup: async (f) => ({ claim: await f.approvedClaim() }),
  act: async (api, ctx, f) => {
    const inReview = await correctionInReview(api, ctx.claim!, f);
    return decide(api, ctx.claim!.id, inReview.version);
  },
});

/** The same for a new version of a published story block. */
const ownBlockEdit = (decide: Decide): Solo => ({
  who: "admin",
  outcome: "refused",
  setup: async (f) => ({ block: await f.publishedBlock() }),
  act: async (api, ctx) => {
    const inReview = await blockEditInReview(api, ctx.block!);
    return decide(api, ctx.block!.id, inReview.version);
  },
});

const invitee = (n: number) => `walk-${n}@test.local`;

const solo: Record<string, Solo> = {
  ...(Object.assign({}, ...EntityTypeSchema.options.map(entitySolos)) as Record<string, Solo>),
  "actor.merge": {
    who: "admin",
    outcome: "either",
    setup: twoPublishedActors,
    act: mergeActors,
  },

  "actor.approveMerge": {
    who: "admin",
    outcome: "refused",
    setup: twoPublishedActors,
    act: async (api, ctx) => {
      const proposed = await mergeActors(api, ctx);
      return api.actor.approveMerge({ proposalId: proposed.proposal!.id });
    },
  },
  "actor.rejectMerge": {
    who: "admin",
    outcome: "done",
    setup: twoPublishedActors,
    act: async (api, ctx) => {
      const proposed = await mergeActors(api, ctx);
      return api.actor.rejectMerge({ proposalId: proposed.proposal!.id });
    },
  },

  "claim.create": {
    who: "admin",
    outcome: "done",
    act: (api, _ctx, f) =>
      api.claim.create({
        ...claimDraft(f.sourceRef, { statement: `${MARK} new claim.` }),
        // Several investigations exist here: a new claim names its own.
        investigation: testInvestigation.slug,
      }),
  },
  "claim.setInvestigation": {
    who: "admin",
    outcome: "refused",
    setup: async (f) => ({ claim: await f.approvedClaim() }),
    act: (api, ctx, f) =>
      api.claim.setInvestigation({
        id: ctx.claim!.id,
        baseVersion: ctx.claim!.version,
        investigation: `walk-${f.template.investigation.ref.toLowerCase()}`,
      }),
  },
  "claim.correct": {
    who: "admin",
    outcome: "done",
    setup: async (f) => ({ claim: await f.approvedClaim() }),
    act: (api, ctx) =>
      api.claim.correct({
        id: ctx.claim!.id,
        baseVersion: ctx.claim!.version,
        note: `${MARK} correction of the count.`,
      }),
  },
  "claim.save": {
    who: "admin",
    outcome: "done",
    setup: async (f) => ({ claim: await f.approvedClaim() }),
    act: async (api, ctx, f) => {
      const corrected = await api.claim.correct({
        id: ctx.claim!.id,
        baseVersion: ctx.claim!.version,
        note: `${MARK} correction of the count.`,
      });
      return api.claim.save({
        id: ctx.claim!.id,
        baseVersion: corrected.version,
        ...claimDraft(f.sourceRef, { statement: `${MARK} corrected statement.` }),
      });
    },
  },
  "claim.submit": {
    who: "admin",
    outcome: "done",
    setup: async (f) => ({ claim: await f.approvedClaim() }),
    act: (api, ctx, f) => correctionInReview(api, ctx.claim!, f),
  },
  "claim.approve": ownCorrection((api, id, baseVersion) => api.claim.approve({ id, baseVersion })),
  "claim.requestChanges": ownCorrection((api, id, baseVersion) =>
    api.claim.requestChanges({ id, baseVersion, note: "Sent back by its own author." }),
  ),
  "claim.reject": ownCorrection((api, id, baseVersion) =>
    api.claim.reject({ id, baseVersion, note: "Rejected by its own author." }),
  ),
  "claim.retract": {
    who: "admin",
    outcome: "done",
    setup: async (f) => ({ claim: await f.approvedClaim() }),
    act: (api, ctx) =>
      api.claim.retract({
        id: ctx.claim!.id,
        baseVersion: ctx.claim!.version,
        reason: `${MARK}: the count came from a forged document.`,
      }),
    byDesign: {
      reason:
        "an editor takes a published claim down at once. It takes no claim text public: " +
        "readers lose the claim and are told why, in its history and the corrections list",
      check: (changed, before, after, ctx) => {
        const ref = ctx.claim!.ref!;
        expect(after.get(`claim.byRef {"ref":"${ref}"}`)?.now).toBe("NOT_FOUND");
        // No read gained a word of the solo text except the two places for the reason.
        const gained = [...after].filter(
          ([key, { now }]) =>
            now.includes(MARK) &&
            !before.get(key)?.now.includes(MARK) &&
            !key.startsWith("search "),
        );
        expect(gained.map(([key]) => key).sort()).toEqual([
          `claim.history {"ref":"${ref}"}`,
          "corrections.list null",
          // The same list, of the claim's own investigation.
          `corrections.list {"investigation":"${testInvestigation.slug}","limit":100}`,
        ]);
        expect(changed.length).toBeGreaterThan(0);
      },
    },
  },
  "claim.assign": {
    who: "admin",
    outcome: "done",
    setup: async (f) => ({ claim: await f.approvedClaim() }),
    act: (api, ctx, f) =>
      api.claim.assign({
        id: ctx.claim!.id,
        baseVersion: ctx.claim!.version,
        assigneeId: f.sessions.admin.id,
      }),
  },
  "claim.comment": {
    who: "admin",
    outcome: "done",
    setup: async (f) => ({ claim: await f.approvedClaim() }),
    act: (api, ctx) => api.claim.comment({ id: ctx.claim!.id, body: `${MARK} remark.` }),
  },
  "claim.restore": {
    who: "admin",
    outcome: "done",
    setup: async (f) => ({ claim: await f.approvedClaim() }),
    act: async (api, ctx, f) => {
      // Restores the approved text as the correction's newest revision.
      const inReview = await correctionInReview(api, ctx.claim!, f);
      return api.claim.restore({
        id: ctx.claim!.id,
        baseVersion: inReview.version,
        number: 1,
        changeNote: `${MARK} restored.`,
      });
    },
  },

  "story.create": {
    who: "admin",
    outcome: "done",
    setup: async (f) => ({ block: await f.publishedBlock() }),
    act: (api, ctx) =>
      api.story.create({
        section: { kind: "existing", key: "walk" },
        afterId: ctx.block!.id,
        body: `${MARK} new paragraph.`,
        investigation: testInvestigation.slug,
      }),
  },
  "story.save": {
    who: "admin",
    outcome: "done",
    setup: async (f) => ({ block: await f.publishedBlock() }),
    act: (api, ctx) =>
      api.story.save({
        id: ctx.block!.id,
        baseVersion: ctx.block!.version,
        body: `${MARK} words for the walk.`,
      }),
  },
  "story.submit": {
    who: "admin",
    outcome: "done",
    setup: async (f) => ({ block: await f.publishedBlock() }),
    act: (api, ctx) => blockEditInReview(api, ctx.block!),
  },
  "story.approve": ownBlockEdit((api, id, baseVersion) => api.story.approve({ id, baseVersion })),
  "story.requestChanges": ownBlockEdit((api, id, baseVersion) =>
    api.story.requestChanges({ id, baseVersion, note: "Sent back by its own author." }),
  ),
  "story.reject": ownBlockEdit((api, id, baseVersion) =>
    api.story.reject({ id, baseVersion, note: "Rejected by its own author." }),
  ),

  "import.dossier": {
    who: "admin",
    outcome: "done",
    act: (api) =>
      api.import.dossier({
        investigation: testInvestigation.slug,
        text: JSON.stringify({
          sources: [
            {
              id: "S901",
              publisher: `${MARK} Gazette`,
              title: `${MARK} report`,
              title_is_descriptive: false,
              date: null,
              address: "https://example.org/unseconded",
              kind: "news",
            },
          ],
          actors: [
            {
              id: "A901",
              name: `${MARK} Shipping`,
              kind: "company",
              country: "RU",
              description: `${MARK} company.`,
              aliases: [],
              sources: ["S901"],
            },
          ],
          claims: [
            {
              id: "C901",
              claim: `${MARK} imported claim.`,
              quoted_phrase: null,
              claimant: "A columnist",
              type: "event",
              verdict: "accurate",
              finding: `${MARK} finding.`,
              evidence: [{ source: "S901", supports: "Photos." }],
              see_also: [],
            },
          ],
        }),
      }),
  },

  "review.bulk": {
    who: "admin",
    outcome: "done",
    // A published block, so that the story's "walk" section exists for the new one.
    setup: async (f) => ({ block: await f.publishedBlock() }),
    act: async (api, _ctx, f) => {
      // One of each kind, all the account's own work, sent to review and published in bulk.
      const items: { kind: BulkKind; ref: string }[] = [];
      // Investigations and checked articles are not bulk-reviewed (yet).
      const bulkTypes = EntityTypeSchema.options.filter(
        (t): t is Extract<typeof t, BulkKind> => t in bulkKindRefs,
      );
      for (const type of bulkTypes) {
        const mine = await ownDraft(api, f, type);
        const { ref } = await entityData(api, type, mine.id);
        items.push({ kind: type, ref });
      }
      const claim = await api.claim.create({
        ...claimDraft(f.sourceRef, { statement: `${MARK} bulk claim.` }),
        investigation: testInvestigation.slug,
      });
      const block = await api.story.create({
        investigation: testInvestigation.slug,
        section: { kind: "existing", key: "walk" },
        body: `${MARK} bulk paragraph.`,
      });
      items.push({ kind: "claim", ref: claim.ref }, { kind: "story_block", ref: block.key });
      const submitted = await api.review.bulk({ action: "submit", items });
      expect(submitted.summary.done).toBe(items.length);
      const published = await api.review.bulk({ action: "publish", items });
      // Every one refused on its own, in dependency order rather than as given.
      const refused = published.items.map((o) => [o.ref, o.outcome === "refused" && o.reason]);
      expect(refused.sort()).toEqual(items.map((i) => [i.ref, "forbidden"]).sort());
      return published;
    },
  },

  "admin.users.setRole": {
    who: "admin",
    outcome: "done",
    act: (api, _ctx, f) =>
      api.admin.users.setRole({ userId: f.sessions.contributor.id, role: "fact_checker" }),
  },
  "admin.users.setActive": {
    who: "admin",
    outcome: "done",
    act: (api, _ctx, f) =>
      api.admin.users.setActive({ userId: f.sessions.fact_checker.id, active: false }),
  },
  "admin.invites.create": {
    who: "admin",
    outcome: "done",
    act: (api) => api.admin.invites.create({ email: invitee(1), role: "editor" }),
  },
  "admin.invites.revoke": {
    who: "admin",
    outcome: "done",
    act: async (api) => {
      const made = await api.admin.invites.create({ email: invitee(2), role: "editor" });
      return api.admin.invites.revoke({ id: made.invite.id });
    },
  },
  "admin.tokens.create": {
    who: "admin",
    outcome: "done",
    act: (api, _ctx, f) =>
      api.admin.tokens.create({ userId: f.sessions.editor.id, name: "walk", scope: "editor" }),
  },
  "admin.tokens.revoke": {
    who: "admin",
    outcome: "done",
    act: async (api, _ctx, f) => {
      const made = await api.admin.tokens.create({
        userId: f.sessions.editor.id,
        name: "walk",
        scope: "editor",
      });
      return api.admin.tokens.revoke({ id: made.token.id });
    },
  },
  "invite.accept": {
    who: "anonymous",
    outcome: "done",
    setup: async (f) => {
      const made = await f.as("admin").admin.invites.create({ email: invitee(3), role: "admin" });
      return { invite: { id: made.token, version: 0 } };
    },
    act: (api, ctx) =>
      api.invite.accept({
        token: ctx.invite!.id,
        name: `${MARK} Newcomer`,
        password: "long enough password",
      }),
  },
};

/**
 * The decisions that do change public reads, taken by a second person. Each is walked
 * above as one account on its own work (and refused); the block at the end shows the
 * second person's decision does change the snapshot, so the walk can see a change.
 */
const secondPerson: Record<string, string> = {
  "claim.approve": "publishes only what someone else wrote: the four-eyes rule refuses the rest",
  "story.approve": "the same four-eyes rule, for story blocks",
  "<entity>.publish": "the same rule for records: not by whoever created or last changed them",
  "review.bulk": "each record through its own rule above, by the same code",
};

// ------------------------------------------------------------------ the walk

const mutations = Object.entries(editorProcedures)
  .filter(([, p]) => p._def.type === "mutation")
  .map(([path]) => path)
  .sort();
const queries = Object.keys(publicProcedures).sort();

describe("one account alone changes nothing the public can read", () => {
  const t = useTestDb();
  let f: Fixtures;
  let fixtureKeys: Keys;
  let n = 0;

  beforeAll(async () => {
    const source = sourceRecord({ publisher: "Walk Wire", ref: "S01" });
    await insertCase(t.db, { sources: [source] });
    const sessions = await loadSessions(t.db);
    const hashPassword = (p: string) => Promise.resolve(`hashed:${p}`);
    const as = (role: Role) => createEditorCaller(t.db, sessions[role], { hashPassword });
    const rowOf = async (type: EntityType | "claim", ref: string) => {
      const delegate = t.db[delegateOf(type)] as unknown as {
        findUniqueOrThrow: (q: object) => Promise<{ id: string; version: number }>;
      };
      const row = await delegate.findUniqueOrThrow({
        where: { ref },
        select: {
          id: true,
          version: true,
          ...(type === "claim" ? { status: true } : { reviewStatus: true }),
        },
      });
      // The seed path skips a reference that exists: make sure this is the fresh record.
      expect(row).toMatchObject(
        type === "claim" ? { status: "approved" } : { reviewStatus: "published", version: 1 },
      );
      return { id: row.id, version: row.version, ref };
    };
    /** The next free reference, as the editor would give it: factory numbers may be taken. */
    const fresh = async (type: EntityType | "claim") => {
      const delegate = t.db[delegateOf(type)] as unknown as {
        aggregate: (q: object) => Promise<{ _max: { refNumber: number | null } }>;
      };
      const max = await delegate.aggregate({ _max: { refNumber: true } });
      return `${refPrefixes[type]}${String((max._max.refNumber ?? 0) + 1).padStart(2, "0")}`;
    };
    f = {
      db: t.db,
      sessions,
      as,
      sourceRef: source.ref,
      template: {} as Fixtures["template"],
      published: async (type) => {
        const actor = actorRecord({ name: "Walk company", ref: await fresh("actor") });
        if (type === "actor") {
          await insertCase(t.db, { actors: [actor] });
          return rowOf("actor", actor.ref);
        }
        if (type === "source") {
          const s = sourceRecord({ title: "Walk report", ref: await fresh("source") });
          await insertCase(t.db, { sources: [s] });
          return rowOf("source", s.ref);
        }
        if (type === "place") {
          const p = placeRecord({ name: "Walk quay", ref: await fresh("place") });
          await insertCase(t.db, { places: [p] });
          return rowOf("place", p.ref);
        }
        if (type === "investigation") {
          const ref = await fresh("investigation");
          const i = investigationRecord({ ref, slug: `walk-${ref.toLowerCase()}`, title: "Walk" });
          await insertCase(t.db, { investigations: [i] });
          return rowOf("investigation", i.ref);
        }
        if (type === "checked_article") {
          const c = claimRecord({
            ref: await fresh("claim"),
            statement: "Walk statement in an article",
            evidence: [
              { sourceRef: source.ref, reliability: "B", credibility: 2, supports: "It." },
            ],
          });
          const a = articleRecord({
            ref: await fresh("checked_article"),
            title: "Walk article",
            investigation: testInvestigation.slug,
            claims: [{ ref: c.ref, passage: "a walk passage" }],
          });
          await insertCase(t.db, { claims: [c], articles: [a] });
          return rowOf("checked_article", a.ref);
        }
        if (type === "event") {
          const e = eventRecord({
            title: "Walk meeting",
            actorRefs: [actor.ref],
            ref: await fresh("event"),
          });
          await insertCase(t.db, { actors: [actor], events: [e] });
          return rowOf("event", e.ref);
        }
        if (type === "sanction") {
          const x = sanctionRecord({ regime: "Walk regime", ref: await fresh("sanction") });
          x.designations = [{ actorRef: actor.ref, reference: null, listedOn: null, note: null }];
          await insertCase(t.db, { actors: [actor], sanctions: [x] });
          return rowOf("sanction", x.ref);
        }
        const tr = transferRecord({
          recipientRef: actor.ref,
          designation: "Walk shells",
          ref: await fresh("transfer"),
        });
        await insertCase(t.db, { actors: [actor], transfers: [tr] });
        return rowOf("transfer", tr.ref);
      },
      approvedClaim: async () => {
        const actor = actorRecord({ name: "Walk company", ref: await fresh("actor") });
        const c = claimRecord({
          ref: await fresh("claim"),
          statement: "Walk statement",
          evidence: [{ sourceRef: source.ref, reliability: "B", credibility: 2, supports: "It." }],
          subjects: [{ kind: "actor", ref: actor.ref }],
        });
        await insertCase(t.db, { actors: [actor], claims: [c] });
        return rowOf("claim", c.ref);
      },
      publishedBlock: async () => {
        n += 1;
        const key = `walk-${n}`;
        await insertCase(t.db, {
          story: [
            {
              key,
              sectionKey: "walk",
              sectionTitle: "Walk",
              sectionPosition: 1,
              position: n,
              body: `Walk paragraph, as published.`,
            },
          ],
        });
        return t.db.storyBlock.findUniqueOrThrow({
          where: { key },
          select: { id: true, version: true },
        });
      },
    };
  });

  beforeAll(async () => {
    for (const type of EntityTypeSchema.options) f.template[type] = await f.published(type);
    fixtureKeys = await keysOf(t.db);
  });

  it("every editor mutation has a solo case here, and every case names a real mutation", () => {
    expect(Object.keys(solo).sort()).toEqual(mutations);
  });

  it("every public query has probes here, and every probe names a real query", () => {
    expect([...Object.keys(probes), ...Object.keys(unprobed)].sort()).toEqual(queries);
  });

  for (const path of mutations) {
    it(`${path}, by one account alone`, async () => {
      const c = solo[path];
      if (!c) throw new Error(`No solo case for ${path}: add one to \`solo\``);
      // Reads about this case's rows and the shared fixtures (the lists cover the rest;
      // earlier cases' rows would only make every snapshot longer).
      const earlier = minus(await keysOf(t.db), fixtureKeys);
      const ctx = (await c.setup?.(f)) ?? {};
      const ours = async () => minus(await keysOf(t.db), earlier);
      const keysBefore = await ours();
      const before = await publicSnapshot(t.db, keysBefore);

      const api =
        c.who === "anonymous"
          ? createEditorCaller(t.db, null, { hashPassword: (p) => Promise.resolve(`h:${p}`) })
          : f.as(c.who);
      const outcome = await c.act(api, ctx, f).then(
        () => "done",
        (e: unknown) => {
          if (e instanceof TRPCError && ["FORBIDDEN", "PRECONDITION_FAILED"].includes(e.code))
            return "refused";
          throw e;
        },
      );
      if (c.outcome !== "either") expect(outcome).toBe(c.outcome);

      const after = await publicSnapshot(t.db, union(keysBefore, await ours()));
      const changed = await changedReads(t.db, before, after);
      if (c.byDesign) c.byDesign.check(changed, before, after, ctx);
      else expect(changed).toEqual([]);
    });
  }

  describe("a decision that is meant to change public reads does show (the walk can see it)", () => {
    it("each decision listed as a second person's is a real mutation", () => {
      const named = Object.keys(secondPerson).flatMap((p) =>
        p.startsWith("<entity>.")
          ? EntityTypeSchema.options.map((type) => p.replace("<entity>", type))
          : [p],
      );
      expect(named.filter((p) => !mutations.includes(p))).toEqual([]);
    });

    it("a second person approving a claim's correction changes the claim's reads", async () => {
      const earlier = minus(await keysOf(t.db), fixtureKeys);
      const claim = await f.approvedClaim();
      const keys = minus(await keysOf(t.db), earlier);
      const before = await publicSnapshot(t.db, keys);
      const inReview = await correctionInReview(f.as("editor"), claim, f);
      await f.as("fact_checker").claim.approve({ id: claim.id, baseVersion: inReview.version });
      const changed = await changedReads(t.db, before, await publicSnapshot(t.db, keys));
      expect(changed).toEqual(
        expect.arrayContaining([expect.stringContaining(`claim.byRef {"ref":"${claim.ref}"}`)]),
      );
    });

    it("an editor approving someone else's block changes the story", async () => {
      const block = await f.publishedBlock();
      const keys = fixtureKeys;
      const before = await publicSnapshot(t.db, keys);
      const inReview = await blockEditInReview(f.as("contributor"), block);
      await f.as("editor").story.approve({ id: block.id, baseVersion: inReview.version });
      expect(await changedReads(t.db, before, await publicSnapshot(t.db, keys))).toEqual(
        expect.arrayContaining([expect.stringContaining("story.get null")]),
      );
    });

    it("an editor publishing others' records in bulk changes the reads", async () => {
      const earlier = minus(await keysOf(t.db), fixtureKeys);
      const api = f.as("contributor");
      const mine = await ownDraft(api, f, "event");
      const { ref } = await entityData(api, "event", mine.id);
      await api.review.bulk({ action: "submit", items: [{ kind: "event", ref }] });
      const keys = minus(await keysOf(t.db), earlier);
      const before = await publicSnapshot(t.db, keys);
      const result = await f
        .as("editor")
        .review.bulk({ action: "publish", items: [{ kind: "event", ref }] });
      expect(result.summary.done).toBe(1);
      expect(await changedReads(t.db, before, await publicSnapshot(t.db, keys))).toEqual(
        expect.arrayContaining([expect.stringContaining("event.list")]),
      );
    });

    it("a fact-checker publishing someone else's record changes the lists", async () => {
      const earlier = minus(await keysOf(t.db), fixtureKeys);
      const api = f.as("contributor");
      const mine = await ownDraft(api, f, "event");
      await api.event.submit({ id: mine.id, baseVersion: mine.version });
      const keys = minus(await keysOf(t.db), earlier);
      const before = await publicSnapshot(t.db, keys);
      await f.as("fact_checker").event.publish({ id: mine.id, baseVersion: mine.version + 1 });
      expect(await changedReads(t.db, before, await publicSnapshot(t.db, keys))).toEqual(
        expect.arrayContaining([expect.stringContaining("event.list")]),
      );
    });
  });
});
