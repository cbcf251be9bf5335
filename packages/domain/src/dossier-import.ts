// Reading a research dossier (the layout our first case arrived in: top-level arrays of
// `sources`, `actors`, `events`, `sanctions`, `transfers` and `claims`, each record keyed
// by `id`, with researchers' own wording for kinds and statuses) into our record shapes.
// Pure: it parses and maps; the database decides what already exists. Every problem names
// the line in the file where its record starts and the dossier's own field name, so the
// person who wrote the file can find it.
import { z } from "zod";
import type { ActorRecord } from "./actor";
import type { DraftClaimRecord } from "./claim";
import { DraftClaimRecordSchema } from "./claim";
import type { EventRecord } from "./event";
import { ActorRecordSchema } from "./actor";
import { EventRecordSchema } from "./event";
import { ownedByInvestigation } from "./investigation";
import type {
  ItemCategory,
  QuantityQualifier,
  SanctionStatus,
  SourceKind,
  TransferStatus,
} from "./enums";
import type { SanctionRecord } from "./sanction";
import { SanctionRecordSchema } from "./sanction";
import type { SourceRecord } from "./source";
import { SourceRecordSchema } from "./source";
import type { TransferRecord } from "./transfer";
import { TransferRecordSchema } from "./transfer";

export const dossierSections = [
  "sources",
  "actors",
  "events",
  "sanctions",
  "transfers",
  "claims",
] as const;
export type DossierSection = (typeof dossierSections)[number];

export interface ImportProblem {
  /** 1-based line where the record starts (or where the file broke). */
  line: number;
  section: DossierSection | "file";
  /** The record's id in the file, when it has one. */
  id: string | null;
  /** The dossier's field path, e.g. `quantity.points.2.as_of`. */
  field: string | null;
  message: string;
}

export interface MappedDossier {
  sources: SourceRecord[];
  actors: ActorRecord[];
  events: EventRecord[];
  sanctions: SanctionRecord[];
  transfers: TransferRecord[];
  /** Claims come in as drafts; the importer's account is their author. */
  claims: DraftClaimRecord[];
}

export interface DossierImport {
  records: MappedDossier;
  /** Where each good record starts in the file, by section and id (for later problems). */
  lines: Record<DossierSection, Map<string, number>>;
  problems: ImportProblem[];
}

/** The most we accept in one file: large enough for many cases, small enough to hold in memory. */
export const MAX_DOSSIER_BYTES = 5_000_000;
export const MAX_DOSSIER_RECORDS = 5000;

// ------------------------------------------------------------------ locating records

/**
 * The line on which each element of each top-level array starts. A small scanner over
 * the JSON text (strings and escapes respected); JSON.parse does the real parsing.
 */
export function locateRecords(text: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const stack: ("{" | "[")[] = [];
  let line = 1;
  let topKey: string | null = null;
  let expectingKey = false;
  let expectingValue = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n") {
      line++;
      continue;
    }
    if (ch === " " || ch === "\t" || ch === "\r") continue;
    const depth = stack.length;
    // The start of a value directly inside a top-level array is the start of a record.
    if (depth === 2 && stack[1] === "[" && expectingValue && ch !== "]" && topKey !== null) {
      const lines = out.get(topKey) ?? [];
      lines.push(line);
      out.set(topKey, lines);
      expectingValue = false;
    }
    if (ch === '"') {
      let j = i + 1;
      let s = "";
      while (j < text.length && text[j] !== '"') {
        if (text[j] === "\\") {
          s += text.slice(j, j + 2);
          j += 2;
          continue;
        }
        if (text[j] === "\n") line++;
        s += text[j];
        j++;
      }
      if (depth === 1 && expectingKey) {
        try {
          topKey = JSON.parse(`"${s}"`) as string;
        } catch {
          topKey = s;
        }
        expectingKey = false;
      }
      i = j;
      continue;
    }
    if (ch === "{" || ch === "[") {
      stack.push(ch);
      if (stack.length === 1) expectingKey = ch === "{";
      if (stack.length === 2 && ch === "[") expectingValue = true;
      continue;
    }
    if (ch === "}" || ch === "]") {
      stack.pop();
      continue;
    }
    if (ch === ",") {
      if (stack.length === 1) expectingKey = true;
      if (stack.length === 2 && stack[1] === "[") expectingValue = true;
    }
  }
  return out;
}

/** Where JSON.parse stopped, as a line number, from its message (V8 names a position). */
function lineOfParseError(text: string, error: unknown): number {
  const m = /position (\d+)/.exec(error instanceof Error ? error.message : "");
  if (!m) return 1;
  return text.slice(0, Number(m[1])).split("\n").length;
}

// ------------------------------------------------------------------ vocabulary

const clean = (s: string) => s.trim().toLowerCase();
/** "in force (Panel lapsed 2024)" -> ["in force", "Panel lapsed 2024"] */
function headAndNote(s: string): [string, string | null] {
  const m = /^([^(:;]+)[(:;]\s*(.*?)\)?\s*$/.exec(s.trim());
  if (!m) return [clean(s), null];
  return [clean(m[1]!), m[2]!.trim() || null];
}

const verdicts: Record<string, string> = {
  accurate: "accurate",
  "mostly accurate": "mostly_accurate",
  "needs context": "needs_context",
  inaccurate: "inaccurate",
  unverifiable: "unverifiable",
  opinion: "opinion",
};

function sourceKind(raw: string): SourceKind {
  const k = clean(raw);
  const rules: [RegExp, SourceKind][] = [
    [/opinion/, "opinion"],
    [/state (news|media)/, "state_media"],
    [/repost|blog|forum|aggregator|mirror/, "repost"],
    [/wire|news agency/, "news_agency"],
    [/official|government/, "official"],
    [/think[- ]tank/, "think_tank"],
    [/research|open-source|journal/, "research"],
    [/encyclopedia|reference|library|archive|database|author page|website/, "reference"],
    [/news/, "news"],
  ];
  return rules.find(([re]) => re.test(k))?.[1] ?? "other";
}

function actorKind(raw: string): string {
  const k = clean(raw);
  if (k === "international body" || k === "international organisation")
    return "international_organisation";
  if (k.startsWith("organisation")) return "organisation";
  return k.replace(/[\s-]+/g, "_");
}

function itemCategory(raw: string): ItemCategory {
  const k = clean(raw);
  const rules: [RegExp, ItemCategory][] = [
    [/artillery ammunition|shells/, "artillery_ammunition"],
    [/rocket/, "rockets"],
    [/ballistic missile/, "ballistic_missiles"],
    [/dual-use|component/, "dual_use_components"],
    [/petroleum|\boil\b|fuel/, "fuel"],
    [/technology|assistance/, "military_technology"],
    [/munition|weapon|military equipment/, "munitions_unspecified"],
    [/food|raw material|civilian/, "civilian_goods"],
  ];
  return rules.find(([re]) => re.test(k))?.[1] ?? "other";
}

const qualifiers: [RegExp, QuantityQualifier][] = [
  [/^exactly/, "exactly"],
  [/^(about|around|approximately|roughly|some)/, "about"],
  [/^(more than|over)/, "more_than"],
  [/^at least/, "at_least"],
  [/^(up to|as many as)/, "up_to"],
  [/^(fewer than|less than|under)/, "fewer_than"],
];

/**
 * Researchers write date ranges and hedges into date fields: "2024-02-26/27",
 * "2009-06-12 to 2024-04-30", "2024-02 (late)". Splits them into a start, an end and a
 * note; anything that is not a date at all comes back unchanged for the schema to refuse.
 */
export function splitDateText(raw: unknown): {
  start: unknown;
  end: string | null;
  note: string | null;
} {
  if (typeof raw !== "string") return { start: raw, end: null, note: null };
  const m = /^(\d{4}(?:-\d{2}){0,2})(.*)$/.exec(raw.trim());
  if (!m) return { start: raw, end: null, note: null };
  const start = m[1]!;
  let rest = m[2]!.trim();
  let end: string | null = null;
  const short = /^\/(\d{2})\b/.exec(rest);
  const full = /^(?:\/|to\s+|–\s*)(\d{4}(?:-\d{2}){0,2})/.exec(rest);
  if (full) {
    end = full[1]!;
    rest = rest.slice(full[0].length).trim();
  } else if (short) {
    end = start.slice(0, start.length - 2) + short[1]!;
    rest = rest.slice(short[0].length).trim();
  }
  const note = rest.replace(/^\((.*)\)$/, "$1").trim() || null;
  return { start, end, note: note ?? (end ? raw.trim() : null) };
}

// ------------------------------------------------------------------ mapping

type Raw = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
const refsLike = (prefix: string, v: unknown) =>
  strs(v).filter((s) => new RegExp(`^${prefix}\\d{2,4}$`).test(s));
const decimal = (v: unknown): string | null =>
  typeof v === "number" && Number.isFinite(v) ? String(v) : typeof v === "string" ? v : null;

interface Mapper<T> {
  schema: z.ZodType<T>;
  /** Our field name -> the dossier's, for problem reports. */
  fieldNames: Record<string, string>;
  map: (raw: Raw, ctx: { authorEmail: string }) => unknown;
}

const mappers: { [K in DossierSection]: Mapper<MappedDossier[K][number]> } = {
  sources: {
    schema: SourceRecordSchema,
    fieldNames: {
      ref: "id",
      published: "date",
      url: "address",
      titleIsDescriptive: "title_is_descriptive",
    },
    map: (r) => {
      const kind = str(r.kind) ?? "";
      const mapped = sourceKind(kind);
      return {
        ref: r.id,
        publisher: r.publisher,
        title: r.title,
        titleIsDescriptive: r.title_is_descriptive ?? false,
        published: r.date ?? null,
        url: r.address,
        kind: mapped,
        kindNote: kind && clean(kind) !== mapped ? kind : null,
      };
    },
  },
  actors: {
    schema: ActorRecordSchema,
    fieldNames: { ref: "id", sourceRefs: "sources" },
    map: (r) => ({
      ref: r.id,
      name: r.name,
      kind: actorKind(str(r.kind) ?? ""),
      country: r.country ?? null,
      description: r.description,
      aliases: r.aliases ?? [],
      identifiers: [],
      links: [],
      sourceRefs: r.sources ?? [],
    }),
  },
  events: {
    schema: EventRecordSchema,
    fieldNames: {
      ref: "id",
      actorRefs: "actors",
      sourceRefs: "sources",
      dateUncertain: "precision",
    },
    map: (r) => ({
      ref: r.id,
      date: r.date,
      dateUncertain: /unverified|uncertain|approx/i.test(str(r.precision) ?? ""),
      title: r.title,
      actorRefs: r.actors ?? [],
      sourceRefs: r.sources ?? [],
    }),
  },
  sanctions: {
    schema: SanctionRecordSchema,
    fieldNames: { ref: "id", adopted: "date", imposedByNote: "imposed_by", sourceRefs: "sources" },
    map: (r) => {
      const [status, statusNote] = headAndNote(str(r.status) ?? "");
      const adopted = splitDateText(r.date ?? null);
      return {
        ref: r.id,
        regime: r.regime,
        instrument: r.instrument,
        adopted: adopted.start,
        // A range in the date field is kept, in the researcher's words, as a note.
        adoptedNote: adopted.end || adopted.note ? str(r.date) : null,
        imposedByRef: null,
        imposedByNote: str(r.imposed_by),
        provisions: strs(r.provisions).map((text, i) => ({ key: `P${i + 1}`, text })),
        designations: [],
        status: status.replace(/\s+/g, "_") as SanctionStatus,
        statusNote,
        monitoringBody: null,
        note: str(r.note),
        sourceRefs: r.sources ?? [],
      };
    },
  },
  transfers: {
    schema: TransferRecordSchema,
    fieldNames: {
      ref: "id",
      supplierRef: "supplier",
      supplierNote: "supplier",
      recipientRef: "recipient",
      intermediaryRefs: "via",
      itemCategory: "item_category",
      periodStart: "period.start",
      periodEnd: "period.end",
      sourceRefs: "sources",
      estimates: "quantity.points",
    },
    map: (r) => {
      const supplier = str(r.supplier);
      const supplierIsRef = supplier !== null && /^A\d{2,4}$/.test(supplier);
      const via = strs(r.via);
      const placesInText = via.filter((v) => !/^A\d{2,4}$/.test(v));
      const [status, statusNote] = headAndNote(str(r.status) ?? "");
      const quantity = (r.quantity ?? {}) as Raw;
      const points = Array.isArray(quantity.points) ? (quantity.points as Raw[]) : [];
      const period = (r.period ?? {}) as Raw;
      const note = [
        str(r.note),
        placesInText.length ? `Route via: ${placesInText.join(", ")}.` : null,
      ]
        .filter(Boolean)
        .join(" ");
      return {
        ref: r.id,
        supplierRef: supplierIsRef ? supplier : null,
        supplierNote: supplierIsRef ? null : supplier,
        recipientRef: r.recipient,
        intermediaryRefs: refsLike("A", via),
        itemCategory: itemCategory(str(r.item_category) ?? ""),
        designation: str(r.designation),
        description: str(r.item_category),
        periodStart: period.start ?? null,
        periodEnd: period.end ?? null,
        status: status.split(/\s+/)[0] as TransferStatus,
        statusNote: statusNote ?? null,
        note: note || null,
        routeLegs: [],
        estimates: points.map((p) => {
          const q = clean(str(p.qualifier) ?? "about");
          const qualifier = qualifiers.find(([re]) => re.test(q))?.[1] ?? q;
          const asOf = splitDateText(p.as_of);
          const rest = q.replace(
            /^(exactly|about|around|approximately|roughly|some|more than|over|at least|up to|as many as|fewer than|less than|under)\s*/,
            "",
          );
          return {
            low: null,
            best: decimal(p.value),
            high: null,
            unit: quantity.unit ?? "units",
            qualifier,
            asOf: asOf.start,
            asOfEnd: asOf.end,
            estimatedBy: p.by,
            sourceRef: p.source,
            note:
              [rest ? rest.replace(/^\(|\)$/g, "") : null, asOf.end ? null : asOf.note]
                .filter(Boolean)
                .join("; ") || null,
          };
        }),
        breaches: [],
        sourceRefs: r.sources ?? [],
      };
    },
  },
  claims: {
    schema: DraftClaimRecordSchema,
    fieldNames: {
      ref: "id",
      statement: "claim",
      quotedPhrase: "quoted_phrase",
      claimType: "type",
      seeAlso: "see_also",
      sourceRef: "source",
    },
    map: (r, ctx) => {
      const [verdictHead] = headAndNote(str(r.verdict) ?? "");
      const evidence = Array.isArray(r.evidence) ? (r.evidence as Raw[]) : [];
      return {
        ref: r.id,
        statement: r.claim,
        quotedPhrase: r.quoted_phrase ?? null,
        claimant: r.claimant,
        claimType: r.type,
        verdict: verdicts[verdictHead] ?? verdictHead,
        likelihood: r.likelihood ?? null,
        confidence: r.confidence ?? null,
        finding: r.finding,
        subjects: [],
        appearanceRef: null,
        // A dossier rarely grades its evidence: an item without a grade comes in as not yet
        // graded (never as F6, which is a judgement) for a fact-checker to grade; the claim
        // cannot be approved until they have.
        evidence: evidence.map((e) => ({
          sourceRef: e.source,
          reliability: e.reliability ?? null,
          credibility: e.credibility ?? null,
          supports: e.supports,
        })),
        // "See also" may list sources as well as claims; only claims are links here.
        seeAlso: refsLike("C", r.see_also),
        status: "draft",
        authorEmail: ctx.authorEmail,
        reviewerNote: null,
      };
    },
  },
};

function dossierField(section: DossierSection, path: PropertyKey[]): string {
  const names = mappers[section].fieldNames;
  const [head, ...rest] = path.map(String);
  if (head === undefined) return "(record)";
  if (section === "transfers" && head === "estimates") {
    const [index, field] = rest;
    const map: Record<string, string> = {
      best: "value",
      asOf: "as_of",
      estimatedBy: "by",
      sourceRef: "source",
    };
    return ["quantity.points", index, field ? (map[field] ?? field) : undefined]
      .filter((x) => x !== undefined)
      .join(".");
  }
  if (section === "claims" && head === "evidence") {
    const [index, field] = rest;
    return ["evidence", index, field ? (names[field] ?? field) : undefined]
      .filter((x) => x !== undefined)
      .join(".");
  }
  return [names[head] ?? head, ...rest].join(".");
}

/**
 * Parses a dossier file. Records that do not fit are reported and left out; everything
 * else comes back as records ready to insert. References between records are checked by
 * the importer, which knows what the database already holds.
 */
export function parseDossier(text: string, options: { authorEmail: string }): DossierImport {
  const records: MappedDossier = {
    sources: [],
    actors: [],
    events: [],
    sanctions: [],
    transfers: [],
    claims: [],
  };
  const lines = Object.fromEntries(
    dossierSections.map((s) => [s, new Map<string, number>()]),
  ) as Record<DossierSection, Map<string, number>>;
  const problems: ImportProblem[] = [];
  const fileProblem = (line: number, message: string) =>
    problems.push({ line, section: "file", id: null, field: null, message });

  if (new TextEncoder().encode(text).length > MAX_DOSSIER_BYTES) {
    fileProblem(1, `The file is larger than ${MAX_DOSSIER_BYTES / 1_000_000} MB; split it`);
    return { records, lines, problems };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    fileProblem(
      lineOfParseError(text, e),
      `Not valid JSON: ${e instanceof Error ? e.message : String(e)}`,
    );
    return { records, lines, problems };
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    fileProblem(1, `Expected an object with arrays named ${dossierSections.join(", ")}`);
    return { records, lines, problems };
  }
  const doc = parsed as Raw;
  if (!dossierSections.some((s) => Array.isArray(doc[s]))) {
    fileProblem(1, `Expected at least one array named ${dossierSections.join(", ")}`);
    return { records, lines, problems };
  }
  const total = dossierSections.reduce(
    (n, s) => n + (Array.isArray(doc[s]) ? (doc[s] as unknown[]).length : 0),
    0,
  );
  if (total > MAX_DOSSIER_RECORDS) {
    fileProblem(
      1,
      `The file holds ${total} records; at most ${MAX_DOSSIER_RECORDS} go in one import`,
    );
    return { records, lines, problems };
  }
  const located = locateRecords(text);
  const seen = new Set<string>();

  for (const section of dossierSections) {
    const raw = doc[section];
    if (raw === undefined) continue;
    if (!Array.isArray(raw)) {
      fileProblem(1, `"${section}" must be an array`);
      continue;
    }
    const starts = located.get(section) ?? [];
    raw.forEach((item, index) => {
      const line = starts[index] ?? 1;
      const id = item && typeof item === "object" ? str((item as Raw).id) : null;
      const report = (field: string | null, message: string) =>
        problems.push({ line, section, id, field, message });
      if (!item || typeof item !== "object" || Array.isArray(item)) {
        report(null, "Each record must be an object");
        return;
      }
      if (id && seen.has(id)) {
        report("id", `${id} appears more than once in the file`);
        return;
      }
      if (id) seen.add(id);
      const mapper = mappers[section];
      let candidate: unknown;
      try {
        candidate = mapper.map(item as Raw, options);
      } catch {
        report(null, "This record could not be read");
        return;
      }
      const result = mapper.schema.safeParse(candidate);
      if (!result.success) {
        for (const issue of result.error.issues) {
          report(dossierField(section, issue.path), issue.message);
        }
        return;
      }
      (records[section] as unknown[]).push(result.data);
      if (id) lines[section].set(id, line);
    });
  }
  return { records, lines, problems };
}

/** Every reference a record makes to another record, with the dossier field that makes it. */
export function referencesOf(
  section: DossierSection,
  record: MappedDossier[DossierSection][number],
): { ref: string; field: string }[] {
  const out: { ref: string; field: string }[] = [];
  const add = (refs: (string | null | undefined)[], field: string) => {
    for (const ref of refs) if (ref) out.push({ ref, field });
  };
  switch (section) {
    case "actors": {
      const a = record as ActorRecord;
      add(a.sourceRefs, "sources");
      add(
        a.links.map((l) => l.targetRef),
        "links",
      );
      break;
    }
    case "events": {
      const e = record as EventRecord;
      add(e.actorRefs, "actors");
      add(e.sourceRefs, "sources");
      break;
    }
    case "sanctions": {
      const s = record as SanctionRecord;
      add([s.imposedByRef], "imposed_by");
      add(
        s.designations.map((d) => d.actorRef),
        "designations",
      );
      add(s.sourceRefs, "sources");
      break;
    }
    case "transfers": {
      const t = record as TransferRecord;
      add([t.supplierRef], "supplier");
      add([t.recipientRef], "recipient");
      add(t.intermediaryRefs, "via");
      add(
        t.estimates.map((e) => e.sourceRef),
        "quantity.points.source",
      );
      add(t.sourceRefs, "sources");
      break;
    }
    case "claims": {
      const c = record as DraftClaimRecord;
      add(
        c.evidence.map((e) => e.sourceRef),
        "evidence.source",
      );
      add(c.seeAlso, "see_also");
      add(
        c.subjects.map((s) => s.ref),
        "subjects",
      );
      break;
    }
    case "sources":
      break;
  }
  return out;
}

export const ImportProblemSchema = z.object({
  line: z.number().int(),
  section: z.enum([...dossierSections, "file"]),
  id: z.string().nullable(),
  field: z.string().nullable(),
  message: z.string(),
});

export const ImportReportSchema = z.object({
  imported: z.object(
    Object.fromEntries(dossierSections.map((s) => [s, z.array(z.string())])) as Record<
      DossierSection,
      z.ZodArray<z.ZodString>
    >,
  ),
  skipped: z.array(ImportProblemSchema),
  problems: z.array(ImportProblemSchema),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

export const ImportDossierInputSchema = z.object({
  /** The investigation the records go into (by slug); without it, the only one there is. */
  ...ownedByInvestigation,
  /** The file's text, as it is: line numbers in the report refer to it. */
  text: z
    .string()
    .min(1, "The file is empty")
    .max(MAX_DOSSIER_BYTES * 2)
    // No JSON file holds a raw NUL (an escaped one is checked field by field on import).
    .refine((s) => !s.includes("\u0000"), {
      message: "The file contains a NUL byte: is it a JSON dossier?",
    }),
  /** Check and report only; write nothing. */
  dryRun: z.boolean().default(false),
});
