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
import type { SourceKind } from "./enums";
import type { SanctionRecord } from "./sanction";
import { SanctionRecordSchema } from "./sanction";
import type { SourceRecord } from "./source";
import { SourceRecordSchema } from "./source";
import { nextRef, type RefKind } from "./ref";
import { text as boundedText } from "./text";
import type { TransferRecord } from "./transfer";
import {
  mapActorKind,
  mapEstimateWording,
  mapItemCategory,
  mapSanctionStatus,
  mapTransferStatus,
  parseFigure,
} from "./vocabulary";
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

/**
 * "Very likely" -> "very_likely", " High " -> "high": researchers write the estimative
 * scales as they are spoken; the domain's enums spell the same words in snake case.
 * Anything else comes back unchanged for the schema to refuse, naming the allowed words.
 */
const scaleWord = (v: unknown): unknown =>
  typeof v === "string" ? clean(v).replace(/[\s-]+/g, "_") : v;

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

/** The kind of record each section holds, for references and new refs. */
export const sectionKind = {
  sources: "source",
  actors: "actor",
  events: "event",
  sanctions: "sanction",
  transfers: "transfer",
  claims: "claim",
} as const satisfies Record<DossierSection, RefKind>;

/**
 * A line of the report for something the file says that has no column of its own: it is
 * kept, verbatim, with the import batch's copy of the record, and the report says so.
 */
export interface KeptNote {
  line: number;
  section: DossierSection | "file";
  id: string | null;
  field: string;
  message: string;
}

interface MapContext {
  authorEmail: string;
  /** The file's own id -> the ref it gets here (a new one, or an explicit match's). */
  ref: (id: unknown, field: string) => unknown;
  /** Is this file id a record of that section? */
  isA: (section: DossierSection, id: unknown) => boolean;
  keep: (field: string, message: string) => void;
}

interface Mapper<T> {
  schema: z.ZodType<T>;
  /** Our field name -> the dossier's, for problem reports. */
  fieldNames: Record<string, string>;
  /** The dossier's fields this mapping stores somewhere; any other is reported as kept. */
  stored: readonly string[];
  map: (raw: Raw, ctx: MapContext) => unknown;
}

const refs = (ctx: MapContext, v: unknown, field: string) =>
  Array.isArray(v) ? v.map((x) => ctx.ref(x, field)) : v;

const mappers: { [K in DossierSection]: Mapper<MappedDossier[K][number]> } = {
  sources: {
    schema: SourceRecordSchema,
    fieldNames: {
      ref: "id",
      published: "date",
      url: "address",
      titleIsDescriptive: "title_is_descriptive",
    },
    stored: ["id", "publisher", "title", "title_is_descriptive", "date", "address", "kind"],
    map: (r, ctx) => {
      const kind = str(r.kind) ?? "";
      const mapped = sourceKind(kind);
      return {
        ref: ctx.ref(r.id, "id"),
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
    stored: ["id", "name", "kind", "country", "description", "aliases", "identifiers", "sources"],
    map: (r, ctx) => ({
      ref: ctx.ref(r.id, "id"),
      name: r.name,
      ...(({ value, wording }) => ({ kind: value, kindWording: wording }))(mapActorKind(r.kind)),
      country: r.country ?? null,
      description: r.description,
      aliases: r.aliases ?? [],
      identifiers: Array.isArray(r.identifiers) ? r.identifiers : [],
      links: [],
      sourceRefs: refs(ctx, r.sources ?? [], "sources"),
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
    stored: ["id", "date", "precision", "title", "actors", "sources"],
    map: (r, ctx) => ({
      ref: ctx.ref(r.id, "id"),
      date: r.date,
      dateUncertain: /unverified|uncertain|approx/i.test(str(r.precision) ?? ""),
      title: r.title,
      actorRefs: refs(ctx, r.actors ?? [], "actors"),
      sourceRefs: refs(ctx, r.sources ?? [], "sources"),
    }),
  },
  sanctions: {
    schema: SanctionRecordSchema,
    fieldNames: { ref: "id", adopted: "date", imposedByNote: "imposed_by", sourceRefs: "sources" },
    stored: [
      "id",
      "regime",
      "instrument",
      "date",
      "provisions",
      "imposed_by",
      "status",
      "note",
      "sources",
    ],
    map: (r, ctx) => {
      const status = mapSanctionStatus(r.status);
      const adopted = splitDateText(r.date ?? null);
      return {
        ref: ctx.ref(r.id, "id"),
        regime: r.regime,
        instrument: r.instrument,
        adopted: adopted.start,
        // A range in the date field is kept, in the researcher's words, as a note.
        adoptedNote: adopted.end || adopted.note ? str(r.date) : null,
        imposedByRef: null,
        imposedByNote: str(r.imposed_by),
        provisions: strs(r.provisions).map((text, i) => ({ key: `P${i + 1}`, text })),
        designations: [],
        status: status.value,
        statusWording: status.wording,
        statusSince: status.since,
        statusUntil: status.until,
        statusNote: null,
        monitoringBody: null,
        note: str(r.note),
        sourceRefs: refs(ctx, r.sources ?? [], "sources"),
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
    stored: [
      "id",
      "supplier",
      "recipient",
      "via",
      "item_category",
      "designation",
      "quantity",
      "period",
      "status",
      "note",
      "sources",
    ],
    map: (r, ctx) => {
      const supplier = str(r.supplier);
      const supplierIsRef = ctx.isA("actors", supplier);
      const via = strs(r.via);
      const placesInText = via.filter((v) => !ctx.isA("actors", v));
      const status = mapTransferStatus(r.status);
      const item = mapItemCategory(r.item_category);
      const quantity = (r.quantity ?? {}) as Raw;
      const points = Array.isArray(quantity.points) ? (quantity.points as Raw[]) : [];
      const period = (r.period ?? {}) as Raw;
      const low = parseFigure(quantity.low)?.best ?? null;
      const high = parseFigure(quantity.high)?.best ?? null;
      const rangeNote = str(quantity.range_note);
      const note = [
        str(r.note),
        placesInText.length ? `Route via: ${placesInText.join(", ")}.` : null,
      ]
        .filter(Boolean)
        .join(" ");
      return {
        ref: ctx.ref(r.id, "id"),
        supplierRef: supplierIsRef ? ctx.ref(supplier, "supplier") : null,
        supplierNote: supplierIsRef ? null : supplier,
        recipientRef: ctx.ref(r.recipient, "recipient"),
        intermediaryRefs: via.filter((v) => ctx.isA("actors", v)).map((v) => ctx.ref(v, "via")),
        itemCategory: item.value,
        itemCategoryWording: item.wording,
        designation: str(r.designation),
        description: str(r.item_category),
        periodStart: period.start ?? null,
        periodEnd: period.end ?? null,
        status: status.value,
        statusWording: status.wording,
        statusSince: status.since,
        statusUntil: status.until,
        statusNote: null,
        // The overall range the figures fall in, as the file states it.
        range:
          low !== null || high !== null || rangeNote
            ? { low, high, unit: str(quantity.unit), note: rangeNote }
            : null,
        note: note || null,
        routeLegs: [],
        estimates: points.map((p) => {
          const asOf = splitDateText(p.as_of);
          const e = mapEstimateWording({
            value: p.value,
            low: p.low,
            high: p.high,
            qualifier: p.qualifier,
            unit: quantity.unit,
            stage: p.stage,
            per: p.per,
            note: p.note,
          });
          return {
            ...e,
            unit: quantity.unit ?? "units",
            asOf: asOf.start,
            asOfEnd: asOf.end,
            estimatedBy: p.by,
            sourceRef: ctx.ref(p.source, "quantity.points.source"),
            note: [e.note, asOf.end ? null : asOf.note].filter(Boolean).join("; ") || null,
          };
        }),
        breaches: [],
        sourceRefs: refs(ctx, r.sources ?? [], "sources"),
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
    stored: [
      "id",
      "claim",
      "quoted_phrase",
      "claimant",
      "type",
      "verdict",
      "likelihood",
      "confidence",
      "finding",
      "evidence",
      "see_also",
    ],
    map: (r, ctx) => {
      const [verdictHead] = headAndNote(str(r.verdict) ?? "");
      const evidence = Array.isArray(r.evidence) ? (r.evidence as Raw[]) : [];
      const seeAlso = strs(r.see_also);
      const otherLinks = seeAlso.filter((id) => !ctx.isA("claims", id));
      if (otherLinks.length)
        ctx.keep(
          "see_also",
          `Links to ${otherLinks.join(", ")} (not claims) are kept with the import batch`,
        );
      return {
        ref: ctx.ref(r.id, "id"),
        statement: r.claim,
        quotedPhrase: r.quoted_phrase ?? null,
        claimant: r.claimant,
        claimType: r.type,
        verdict: verdicts[verdictHead] ?? verdictHead,
        likelihood: scaleWord(r.likelihood) ?? null,
        confidence: scaleWord(r.confidence) ?? null,
        finding: r.finding,
        subjects: [],
        appearanceRef: null,
        // An item without a grade comes in as not yet graded (never as F6, which is a
        // judgement) for a fact-checker to grade; a grade the file gives is kept.
        evidence: evidence.map((e) => {
          const grade = /^([A-F])\s*([1-6])$/.exec(str(e.grade)?.trim() ?? "");
          return {
            sourceRef: ctx.ref(e.source, "evidence.source"),
            reliability: e.reliability ?? grade?.[1] ?? null,
            credibility:
              typeof e.credibility === "string" && /^[1-6]$/.test(e.credibility.trim())
                ? Number(e.credibility)
                : (e.credibility ?? (grade ? Number(grade[2]) : null)),
            supports: e.supports,
          };
        }),
        seeAlso: seeAlso.filter((id) => ctx.isA("claims", id)).map((id) => ctx.ref(id, "see_also")),
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

/** One record of the file as written: its section, its own id, where it starts. */
export interface DossierEntry {
  section: DossierSection;
  id: string;
  line: number;
  raw: Record<string, unknown>;
}

export interface ReadDossier {
  /** Every record with an id, in file order; records without one are problems. */
  entries: DossierEntry[];
  /** The file's top-level fields other than the record arrays (article, summary, notes...). */
  extras: Record<string, unknown>;
  problems: ImportProblem[];
}

/**
 * Reads a dossier file's shape: the records and their own ids (whatever their letters),
 * without mapping anything yet, so the importer can decide each id's ref first.
 */
export function readDossier(text: string): ReadDossier {
  const entries: DossierEntry[] = [];
  const problems: ImportProblem[] = [];
  const out = (): ReadDossier => ({ entries, extras, problems });
  let extras: Record<string, unknown> = {};
  const fileProblem = (line: number, message: string) =>
    problems.push({ line, section: "file", id: null, field: null, message });

  if (new TextEncoder().encode(text).length > MAX_DOSSIER_BYTES) {
    fileProblem(1, `The file is larger than ${MAX_DOSSIER_BYTES / 1_000_000} MB; split it`);
    return out();
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    fileProblem(
      lineOfParseError(text, e),
      `Not valid JSON: ${e instanceof Error ? e.message : String(e)}`,
    );
    return out();
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    fileProblem(1, `Expected an object with arrays named ${dossierSections.join(", ")}`);
    return out();
  }
  const doc = parsed as Raw;
  if (!dossierSections.some((s) => Array.isArray(doc[s]))) {
    fileProblem(1, `Expected at least one array named ${dossierSections.join(", ")}`);
    return out();
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
    return out();
  }
  extras = Object.fromEntries(
    Object.entries(doc).filter(([k]) => !(dossierSections as readonly string[]).includes(k)),
  );
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
      const report = (id: string | null, field: string | null, message: string) =>
        problems.push({ line, section, id, field, message });
      if (!item || typeof item !== "object" || Array.isArray(item)) {
        report(null, null, "Each record must be an object");
        return;
      }
      const id = str((item as Raw).id)?.trim() ?? "";
      if (!id) {
        report(null, "id", "Each record needs an id (any letters), so others can refer to it");
        return;
      }
      if (seen.has(id)) {
        report(id, "id", `${id} appears more than once in the file`);
        return;
      }
      seen.add(id);
      entries.push({ section, id, line, raw: item as Raw });
    });
  }
  return out();
}

export interface MapOptions {
  authorEmail: string;
  /**
   * The ref each file id gets: a new one, or the existing record an explicit match links
   * it to. A reference to an id not in this map is refused, never looked up by equality.
   */
  refOf: ReadonlyMap<string, string>;
  /** Map only these file ids (the rest of the file is still known, for references). */
  only?: ReadonlySet<string>;
}

export interface MappedImport extends DossierImport {
  kept: KeptNote[];
}

/** Maps read records onto our record shapes, with the refs the importer decided. */
export function mapDossier(read: ReadDossier, options: MapOptions): MappedImport {
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
  const problems: ImportProblem[] = [...read.problems];
  const kept: KeptNote[] = [];
  const sectionOf = new Map(read.entries.map((e) => [e.id, e.section]));

  for (const { section, id, line, raw } of read.entries) {
    if (options.only && !options.only.has(id)) continue;
    const mapper = mappers[section];
    const missing: { id: string; field: string }[] = [];
    const notes: KeptNote[] = [];
    const ctx: MapContext = {
      authorEmail: options.authorEmail,
      ref: (value, field) => {
        if (typeof value !== "string") return value;
        const ref = options.refOf.get(value);
        if (ref) return ref;
        missing.push({ id: value, field });
        return value;
      },
      isA: (s, value) => typeof value === "string" && sectionOf.get(value) === s,
      keep: (field, message) => notes.push({ line, section, id, field, message }),
    };
    for (const field of Object.keys(raw))
      if (!mapper.stored.includes(field))
        notes.push({
          line,
          section,
          id,
          field,
          message: `"${field}" has no column; kept verbatim with the import batch`,
        });
    let candidate: unknown;
    try {
      candidate = mapper.map(raw, ctx);
    } catch {
      problems.push({ line, section, id, field: null, message: "This record could not be read" });
      continue;
    }
    if (missing.length) {
      for (const m of missing)
        problems.push({
          line,
          section,
          id,
          field: m.field,
          message: `Refers to ${m.id}, which is not a record in this file (an import links only within its file or by an explicit match)`,
        });
      continue;
    }
    const result = mapper.schema.safeParse(candidate);
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push({
          line,
          section,
          id,
          field: dossierField(section, issue.path),
          message: issue.message,
        });
      continue;
    }
    (records[section] as unknown[]).push(result.data);
    lines[section].set(result.data.ref, line);
    kept.push(...notes);
  }
  for (const [field, value] of Object.entries(read.extras))
    if (value !== null && value !== undefined)
      kept.push({
        line: 1,
        section: "file",
        id: null,
        field,
        message: `The file's "${field}" is kept verbatim with the import batch`,
      });
  return { records, lines, problems, kept };
}

/** Numbers each record of a read file from 01 per kind, as if the register were empty. */
export function provisionalRefs(read: ReadDossier): Map<string, string> {
  const used: Record<string, string[]> = {};
  const out = new Map<string, string>();
  for (const e of read.entries) {
    const kind = sectionKind[e.section];
    const list = (used[kind] ??= []);
    const ref = nextRef(kind, list);
    list.push(ref);
    out.set(e.id, ref);
  }
  return out;
}

/**
 * Parses a dossier file on its own (no register to compare with): records are numbered
 * from 01 per kind. The importer uses readDossier and mapDossier with the refs it decided.
 */
export function parseDossier(text: string, options: { authorEmail: string }): MappedImport {
  const read = readDossier(text);
  return mapDossier(read, { ...options, refOf: provisionalRefs(read) });
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

const MatchFindingSchema = z.object({ ref: z.string(), label: z.string(), reason: z.string() });

/** One record of the file and what the import does (or did) with it. */
export const ImportedRecordReportSchema = z.object({
  section: z.enum(dossierSections),
  /** The file's own id, kept with the import batch. */
  originalId: z.string(),
  line: z.number().int(),
  ref: z.string(),
  /** create: a new record; link: an existing one, by an explicit match; already: imported before. */
  action: z.enum(["create", "link", "already"]),
  /** For a link, why. */
  reason: z.string().nullable(),
});

export const ImportReportSchema = z.object({
  /** The batch written, or the earlier one that already holds this very file. */
  batch: z
    .object({
      id: z.string(),
      fileName: z.string(),
      sha256: z.string(),
      investigation: z.string().nullable(),
      at: z.string(),
    })
    .nullable(),
  /** True when this file was imported before into the same investigation: nothing changed. */
  unchanged: z.boolean(),
  dryRun: z.boolean(),
  /** The investigation the records go into; `created` when this import made it (a draft). */
  investigation: z
    .object({ ref: z.string(), slug: z.string(), created: z.boolean() })
    .nullable()
    .default(null),
  /** The checked article made from the file's `article`, by ref, or null when it has none. */
  article: z.string().nullable().default(null),
  /** New refs per section (what was, or on a dry run would be, created). */
  imported: z.object(
    Object.fromEntries(dossierSections.map((s) => [s, z.array(z.string())])) as Record<
      DossierSection,
      z.ZodArray<z.ZodString>
    >,
  ),
  records: z.array(ImportedRecordReportSchema),
  /** Exact matches with the register, linked unless refused. */
  matches: z.array(
    ImportProblemSchema.pick({ line: true, section: true }).extend({
      id: z.string(),
      match: MatchFindingSchema,
      chosen: z.boolean(),
      refused: z.boolean(),
    }),
  ),
  /** Close but not exact: never linked unless a person confirms one. */
  nearMisses: z.array(
    ImportProblemSchema.pick({ line: true, section: true }).extend({
      id: z.string(),
      candidates: z.array(MatchFindingSchema),
    }),
  ),
  /** What the file says that has no column: kept verbatim with the batch, one line each. */
  kept: z.array(ImportProblemSchema.omit({ field: true }).extend({ field: z.string() })),
  skipped: z.array(ImportProblemSchema),
  problems: z.array(ImportProblemSchema),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

/** Dossier ids that look like refs of ours are still only the file's own ids. */
const FileIdSchema = boundedText(100);

/** A person's answers to the dry run: link this file record to that ref, or do not link it. */
export const ImportChoicesSchema = z.object({
  match: z
    .record(
      FileIdSchema,
      z
        .string()
        .trim()
        .regex(/^[ASX]\d{2,6}$/, {
          message: "Expected an actor, source or sanction reference such as A12",
        }),
    )
    .default({}),
  noMatch: z.array(FileIdSchema).max(MAX_DOSSIER_RECORDS).default([]),
});
export type ImportChoices = z.infer<typeof ImportChoicesSchema>;

export const ImportDossierInputSchema = z.object({
  /** The file's text, as it is: line numbers in the report refer to it. */
  text: z
    .string()
    .min(1, "The file is empty")
    .max(MAX_DOSSIER_BYTES * 2)
    // No JSON file holds a raw NUL (an escaped one is checked field by field on import).
    .refine((s) => !s.includes("\u0000"), {
      message: "The file contains a NUL byte: is it a JSON dossier?",
    }),
  /** The file's name, kept with the batch (a path's last part). */
  fileName: boundedText(255).default("dossier.json"),
  /** The investigation the claims, transfers and events belong to (created when new). */
  investigation: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "Expected a slug such as my-case" })
    .max(80)
    .nullable()
    .default(null),
  choices: ImportChoicesSchema.default({ match: {}, noMatch: [] }),
  /** Check and report only; write nothing. */
  dryRun: z.boolean().default(false),
});
export type ImportDossierInput = z.input<typeof ImportDossierInputSchema>;

/**
 * The report in one sentence, as the CLI prints it and the editor's import screen shows it:
 * what was (or would be) created per section, linked, already held and refused.
 */
export function importSummary(report: ImportReport): string {
  const counts = Object.entries(report.imported)
    .filter(([, refs]) => refs.length > 0)
    .map(([section, refs]) => `${refs.length} ${section}`);
  const links = report.records.filter((r) => r.action === "link").length;
  const verb = report.dryRun ? "Would import" : "Imported";
  return `${verb} ${counts.length ? counts.join(", ") : "nothing"} as drafts with new refs; ${links} linked to records already held; ${report.skipped.length} already imported; ${report.problems.length} refused.`;
}
