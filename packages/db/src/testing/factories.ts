// Record builders for tests. Tests make their own rows through the same path as the seed
// (seedCase), so every factory-made row has passed the domain's validation.
import type {
  ActorRecord,
  CheckedArticleRecord,
  ClaimRecord,
  DraftClaimRecord,
  EventRecord,
  InvestigationRecord,
  Role,
  SanctionRecord,
  SourceRecord,
  TransferRecord,
} from "@armstrail/domain";
import type { Db } from "../client";
import type { SessionUser } from "../repositories/users";
import { seedCase, type CaseData, type DemoAccount } from "../seed/seed-case";

let counter = 100;
const next = () => ++counter;

export function sourceRecord(overrides: Partial<SourceRecord> = {}): SourceRecord {
  const n = next();
  return {
    ref: `S${n}`,
    publisher: "Test Wire",
    title: `Test report ${n}`,
    titleIsDescriptive: false,
    published: "2024-03-28",
    url: `https://example.org/report-${n}`,
    kind: "news_agency",
    kindNote: null,
    ...overrides,
  };
}

export function actorRecord(overrides: Partial<ActorRecord> = {}): ActorRecord {
  const n = next();
  return {
    ref: `A${n}`,
    name: `Test actor ${n}`,
    kind: "company",
    kindWording: null,
    country: "RU",
    description: "A company made up for a test.",
    aliases: [],
    identifiers: [],
    links: [],
    sourceRefs: [],
    ...overrides,
  };
}

export function eventRecord(overrides: Partial<EventRecord> = {}): EventRecord {
  const n = next();
  return {
    ref: `E${n}`,
    date: "2024-03",
    dateUncertain: false,
    title: `Test event ${n}`,
    actorRefs: [],
    sourceRefs: [],
    ...overrides,
  };
}

export function sanctionRecord(overrides: Partial<SanctionRecord> = {}): SanctionRecord {
  const n = next();
  return {
    ref: `X${n}`,
    regime: "Test regime",
    instrument: `Test resolution ${n}`,
    adopted: "2009-06-12",
    adoptedNote: null,
    imposedByRef: null,
    imposedByNote: null,
    provisions: [{ key: "P1", text: "A test provision." }],
    designations: [],
    status: "in_force",
    statusNote: null,
    statusWording: null,
    statusSince: null,
    statusUntil: null,
    monitoringBody: null,
    note: null,
    sourceRefs: [],
    ...overrides,
  };
}

export function transferRecord(
  overrides: Partial<TransferRecord> & Pick<TransferRecord, "recipientRef">,
): TransferRecord {
  const n = next();
  return {
    ref: `T${n}`,
    supplierRef: null,
    supplierNote: "Unknown suppliers (test)",
    intermediaryRefs: [],
    routeLegs: [],
    itemCategory: "artillery_ammunition",
    itemCategoryWording: null,
    designation: `Test shells ${n}`,
    description: null,
    estimates: [],
    periodStart: "2023-08",
    periodEnd: null,
    status: "reported",
    statusNote: null,
    statusWording: null,
    statusSince: null,
    statusUntil: null,
    range: null,
    note: null,
    breaches: [],
    sourceRefs: [],
    ...overrides,
  };
}

export function claimRecord(
  overrides: Partial<ClaimRecord> & Pick<ClaimRecord, "evidence">,
): ClaimRecord {
  const n = next();
  return {
    ref: `C${n}`,
    statement: `Test statement ${n}`,
    quotedPhrase: null,
    claimant: "A test author",
    claimType: "event",
    verdict: "accurate",
    likelihood: null,
    confidence: null,
    finding: "What the test sources show.",
    subjects: [],
    appearanceRef: null,
    seeAlso: [],
    ...overrides,
  };
}

export function draftRecord(
  overrides: Partial<DraftClaimRecord> & Pick<DraftClaimRecord, "evidence" | "authorEmail">,
): DraftClaimRecord {
  return {
    ...claimRecord({ ...overrides, evidence: [] }),
    status: "draft",
    reviewerNote: null,
    ...overrides,
  };
}

export function investigationRecord(
  overrides: Partial<InvestigationRecord> = {},
): InvestigationRecord {
  const n = next();
  return {
    ref: `I${n}`,
    slug: `test-investigation-${n}`,
    title: `Test investigation ${n}`,
    standfirst: "What a test investigation looks into.",
    summary: "A summary of the test investigation.",
    methodology: "How the test investigation was done.",
    status: "open",
    ...overrides,
  };
}

export function articleRecord(
  overrides: Partial<CheckedArticleRecord> & Pick<CheckedArticleRecord, "investigation" | "claims">,
): CheckedArticleRecord {
  const n = next();
  return {
    ref: `K${n}`,
    title: `Test article ${n}`,
    outlet: "The Test Gazette",
    author: "A. Columnist",
    publishedOn: "2024-06",
    url: `https://example.org/article-${n}`,
    note: null,
    ...overrides,
  };
}

/**
 * The investigation that factory records belong to unless they name another: inserted by
 * every `insertCase`, so a test that does not care about investigations need not make one.
 */
export const testInvestigation = investigationRecord({
  ref: "I90",
  slug: "test-investigation",
  title: "Test investigation",
});

export const testAccounts: DemoAccount[] = [
  { email: "writer@test.local", name: "Test Writer", role: "contributor" },
  { email: "checker@test.local", name: "Test Checker", role: "fact_checker" },
  { email: "editor@test.local", name: "Test Editor", role: "editor" },
  { email: "admin@test.local", name: "Test Admin", role: "admin" },
];

/**
 * A small case in which every kind of record refers to the others (actor links,
 * designations, route legs, estimates, breaches, evidence, subjects), with a draft claim, an
 * unused source and text that needs quoting: for tests that copy or compare whole databases.
 */
export function linkedCase(): Partial<CaseData> & Pick<CaseData, "claims"> {
  const source = sourceRecord({
    publisher: "Open Wire",
    title: `Quotes "and" 'marks', ünïcode \\`,
  });
  const port = actorRecord({
    name: "Rajin port",
    kind: "port",
    country: "KP",
    aliases: ["R, port"],
  });
  const state = actorRecord({ name: "Russia", kind: "state", country: "RU" });
  port.links = [{ type: "operator", targetRef: state.ref, note: "a note" }];
  const sanction = sanctionRecord({
    imposedByRef: state.ref,
    designations: [{ actorRef: port.ref, reference: "KPe.1", listedOn: "2017-08", note: null }],
    sourceRefs: [source.ref],
  });
  const transfer = transferRecord({
    supplierRef: port.ref,
    supplierNote: null,
    recipientRef: state.ref,
    routeLegs: [{ mode: "sea", fromRef: port.ref, toRef: state.ref, vesselRefs: [], label: "L1" }],
    estimates: [
      {
        low: "1000",
        best: "1500.5",
        high: null,
        unit: "shells",
        qualifier: "about",
        stage: "delivered",
        per: null,
        wording: null,
        asOf: "2024-02",
        asOfEnd: null,
        estimatedBy: "Test",
        note: null,
        sourceRef: source.ref,
      },
    ],
    breaches: [{ sanctionRef: sanction.ref, provisionKey: null }],
    sourceRefs: [source.ref],
  });
  const evidence = [
    { sourceRef: source.ref, reliability: "B" as const, credibility: 2, supports: "Shows it." },
  ];
  return {
    sources: [source, sourceRecord({ publisher: "Unused Wire" })],
    actors: [port, state],
    sanctions: [sanction],
    transfers: [transfer],
    events: [eventRecord({ date: "2024-03", actorRefs: [port.ref], sourceRefs: [source.ref] })],
    claims: [
      claimRecord({ evidence, subjects: [{ kind: "transfer", ref: transfer.ref }] }),
      claimRecord({
        evidence,
        verdict: "inaccurate",
        subjects: [{ kind: "actor", ref: port.ref }],
      }),
    ],
    drafts: [draftRecord({ evidence, authorEmail: "writer@test.local" })],
  };
}

/** Inserts the given records (plus the test accounts) through the seed path. */
const fullCase = (data: Partial<CaseData>): CaseData => ({
  sources: data.sources ?? [],
  actors: data.actors ?? [],
  events: data.events ?? [],
  sanctions: data.sanctions ?? [],
  transfers: data.transfers ?? [],
  claims: data.claims ?? [],
  drafts: data.drafts ?? [],
  story: data.story ?? [],
  investigations: [testInvestigation, ...(data.investigations ?? [])],
  articles: data.articles ?? [],
});

export async function insertCase(db: Db, data: Partial<CaseData>) {
  return seedCase(db, fullCase(data), {
    demoAccounts: testAccounts,
    investigation: testInvestigation.slug,
  });
}

/** Records as a dossier import leaves them: drafts created by the test account `email`. */
export async function insertDrafts(db: Db, email: string, data: Partial<CaseData>) {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  return seedCase(db, fullCase(data), {
    entityStatus: "draft",
    importer: { id: user.id, email },
    demoAccounts: testAccounts,
    investigation: testInvestigation.slug,
  });
}

export async function userIdByEmail(db: Db, email: string): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  return user.id;
}

/** A browser session for each test account, by role, as the editor API receives it. */
export async function testSessions(db: Db): Promise<Map<Role, SessionUser>> {
  const users = await db.user.findMany({
    where: { email: { in: testAccounts.map((a) => a.email) } },
    select: { id: true, name: true, email: true, role: true },
  });
  return new Map(users.map((u) => [u.role, { ...u, via: "session" as const }]));
}
