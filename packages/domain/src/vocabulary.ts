// From a source's free wording to our fixed lists, keeping the wording. Research files say
// "organisation (think tank)", "reported by three governments", "lapsed 18 Oct 2023",
// "over (since mid-2022)" or "several hundred"; each function here picks the closest fixed
// value and hands back the words as they were, so nothing the file says is lost. Unknown
// wording maps to the list's "other"-like value with the text kept: never a refusal.
// The dossier importer, the editor and the seed all call these.
import type {
  ActorKind,
  ItemCategory,
  QuantityQualifier,
  RatePeriod,
  SanctionStatus,
  TransferStage,
  TransferStatus,
} from "./enums";
import { isPartialDate, type PartialDate } from "./dates";
import { DecimalStringSchema, qualifierWords, type DecimalString } from "./quantity";
import {
  actorKindWords,
  itemCategoryWords,
  sanctionStatusWords,
  transferStageWords,
  transferStatusWords,
} from "./words";

/** A fixed value and the source's own words for it (null when it said nothing more). */
export interface MappedWording<T extends string> {
  value: T;
  wording: string | null;
}

/** A status, its source's words, and the dates the words give for it. */
export interface MappedStatus<T extends string> extends MappedWording<T> {
  since: PartialDate | null;
  until: PartialDate | null;
}

const squash = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ");

function asText(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  const t = raw.trim();
  return t.length > 0 ? t : null;
}

/**
 * The value named exactly (by its key or its words), else the first rule that matches,
 * else the fallback. The wording is kept unless it only repeats the value's name.
 */
function pick<T extends string>(
  raw: unknown,
  words: Record<T, string>,
  rules: readonly (readonly [RegExp, T])[],
  fallback: T,
): MappedWording<T> {
  const text = asText(raw);
  if (text === null) return { value: fallback, wording: null };
  const k = squash(text);
  for (const [value, label] of Object.entries(words) as [T, string][]) {
    if (k === squash(value) || k === squash(label)) return { value, wording: null };
  }
  const hit = rules.find(([re]) => re.test(k));
  return { value: hit ? hit[1] : fallback, wording: text };
}

// Order matters: the first rule that matches wins, so narrower words come first
// ("dual-use electronic components" before "components", "armoured personnel carrier"
// before "personnel", "loitering munition" before "munition").
const itemRules: readonly (readonly [RegExp, ItemCategory])[] = [
  [/licen[cs]e/, "licences"],
  [
    /production (line|equipment|capacity)|assembly line|factor(y|ies)|machine tools|manufacturing/,
    "production_lines",
  ],
  [/dual use/, "dual_use_components"],
  [/loitering|kamikaze|one way attack|suicide drone/, "loitering_munitions"],
  [
    /\b(drones?|uavs?|uas|ucavs?|rpas)\b|(unmanned|uncrewed) (aerial|aircraft|air)/,
    "uncrewed_aircraft",
  ],
  [/ballistic/, "ballistic_missiles"],
  [/air defen[cs]e|surface to air|\bsams?\b|anti aircraft/, "air_defence_systems"],
  [/anti submarine|\basw\b|torpedo|depth charge/, "anti_submarine_warfare_weapons"],
  [/naval (guns?|weapons?)|ship borne|shipborne/, "naval_weapons"],
  [
    /\b(components?|parts|spares|electronics|chips|semiconductors|microelectronics)\b/,
    "components",
  ],
  [/petroleum|\boil\b|fuel|diesel|kerosene|gasoline|petrol/, "fuel"],
  [
    /artillery (ammunition|shells?|rounds)|\bshells?\b|mortar (rounds|bombs)/,
    "artillery_ammunition",
  ],
  [/\brockets?\b(?! launcher)/, "rockets"],
  [/missiles?/, "missiles"],
  [/ammunition|\bammo\b|\brounds\b|cartridges|bullets|grenades|bombs?\b|\bmines\b/, "ammunition"],
  [/small arms|light weapons|rifles?|pistols?|machine guns?|firearms/, "small_arms"],
  [/\bengines?\b|turbines?|propulsion/, "engines"],
  [/helicopters?|aircraft|fighter jets?|\bjets?\b|bombers?|\bplanes?\b/, "aircraft"],
  [
    /\btanks?\b|armou?red|\bapcs?\b|\bifvs?\b|infantry fighting|personnel carriers?/,
    "armoured_vehicles",
  ],
  [/artillery|howitzers?|\bguns?\b|mortars?|launchers?|multiple launch/, "artillery"],
  [/radars?|sensors?|sonars?|optronic|targeting|fire control/, "sensors"],
  [/satellites?/, "satellites"],
  [
    /\bships?\b|warships?|frigates?|corvettes?|submarines?|patrol boats?|landing craft|destroyers?/,
    "ships",
  ],
  [/training|instruct(ors?|ion)|\badvis[eo]rs?\b/, "training"],
  [/personnel|troops|soldiers|mercenar|\bworkers\b|labou?r/, "personnel"],
  [/barter|in exchange|\bswap/, "barter"],
  [/payments?|\bcash\b|money|currency|\bgold\b|crypto|\bpaid\b|funds|credit/, "payments"],
  [
    /munitions?|weapons?|\barms\b|military equipment|materiel|war material/,
    "munitions_unspecified",
  ],
  [/technolog|know how|assistance|expertise|technical/, "military_technology"],
  [/food|raw materials?|civilian|consumer|grain|goods|necessities/, "civilian_goods"],
];

/** "dual-use electronic components" -> dual_use_components, with the words kept. */
export function mapItemCategory(raw: unknown): MappedWording<ItemCategory> {
  return pick(raw, itemCategoryWords, itemRules, "other");
}

const actorRules: readonly (readonly [RegExp, ActorKind])[] = [
  [/intelligence|security service|secret service/, "intelligence_agency"],
  [/private military|\bpmc\b|mercenar/, "private_military_company"],
  [
    /state (owned )?(enterprise|company|corporation|conglomerate|firm)|state owned|state corporation/,
    "state_enterprise",
  ],
  [/think tank/, "think_tank"],
  [/research|institute|university|laborator|academy/, "research_institute"],
  [
    /international|united nations|intergovernmental|multilateral|\bun\b/,
    "international_organisation",
  ],
  [/\bngo\b|non governmental|charity|civil society/, "ngo"],
  [/media|\bnews\b|broadcaster|newspaper|outlet|magazine/, "media"],
  [
    /military unit|\bunit\b|regiment|brigade|battalion|division|squadron|\bcorps\b|\bfleet\b/,
    "military_unit",
  ],
  [/armed forces?|military|\barmy\b|\bnavy\b|air force/, "armed_force"],
  [
    /government|ministry|department|agency|\boffice\b|parliament|public body|authority/,
    "government_body",
  ],
  [/compan(y|ies)|\bfirm\b|corporation|business|trader|manufacturer|shipping|front/, "company"],
  [/\bport\b|harbou?r|terminal/, "port"],
  [/vessel|\bship\b|tanker|freighter/, "vessel"],
  [/facility|depot|plant|factory|\bbase\b|airfield|\bsite\b|crossing|warehouse/, "facility"],
  [/person|individual|official|minister|commander|officer|businessman/, "person"],
  [/\bstate\b|country|nation/, "state"],
  [/organi[sz]ation|group|association|network/, "organisation"],
];

/** "organisation (think tank)" -> think_tank; unknown kinds -> other, wording kept. */
export function mapActorKind(raw: unknown): MappedWording<ActorKind> {
  return pick(raw, actorKindWords, actorRules, "other");
}

const MONTHS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
] as const;
const two = (n: number) => String(n).padStart(2, "0");
const monthIndex = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase() as never) + 1;

/**
 * The dates a phrase names, in order, as partial dates: "2024-03-28", "2024-03",
 * "18 Oct 2023", "October 18, 2023", "Oct 2023", "2023". Impossible dates are skipped.
 */
export function findDates(text: string): PartialDate[] {
  const month = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
  const re = new RegExp(
    [
      "\\b(\\d{4})-(\\d{2})(?:-(\\d{2}))?\\b",
      `\\b(\\d{1,2})\\s+${month}\\s+(\\d{4})\\b`,
      `\\b${month}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`,
      `\\b${month}\\s+(\\d{4})\\b`,
      "\\b((?:19|20)\\d{2})\\b",
    ].join("|"),
    "gi",
  );
  const out: PartialDate[] = [];
  for (const m of text.matchAll(re)) {
    let date: string;
    if (m[1]) date = [m[1], m[2], m[3]].filter(Boolean).join("-");
    else if (m[4]) date = `${m[6]}-${two(monthIndex(m[5]!))}-${two(Number(m[4]))}`;
    else if (m[7]) date = `${m[9]}-${two(monthIndex(m[7]))}-${two(Number(m[8]))}`;
    else if (m[10]) date = `${m[11]}-${two(monthIndex(m[10]))}`;
    else date = m[12]!;
    if (isPartialDate(date)) out.push(date);
  }
  return out;
}

/** The status's leading words: before any bracket, colon or semicolon. */
function statusHead(text: string): string {
  return text.split(/[(:;]/)[0] ?? text;
}

function mapStatus<T extends string>(
  raw: unknown,
  words: Record<T, string>,
  rules: readonly (readonly [RegExp, T])[],
  fallback: T,
): MappedStatus<T> {
  const text = asText(raw);
  if (text === null) return { value: fallback, wording: null, since: null, until: null };
  const head = squash(statusHead(text));
  // The leading words decide ("reported (denied by both)" is reported); a status word
  // later in the text decides only when the head names none.
  const atStart = rules.find(([re]) => new RegExp(`^(?:${re.source})`).test(head));
  const value = atStart ? atStart[1] : pick(text, words, rules, fallback).value;
  const plain = squash(text) === squash(value) || squash(text) === squash(words[value]);
  const [since = null, until = null] = findDates(statusHead(text));
  return { value, wording: plain ? null : text, since, until };
}

const transferStatusRules: readonly (readonly [RegExp, TransferStatus])[] = [
  [/unverified|unconfirmed|not (yet )?(verified|confirmed)|cannot be verified/, "unverified"],
  [/alleged|claimed|suspected|accused|rumou?red/, "alleged"],
  [/reported|according to|assessed/, "reported"],
  [/announced|agreed|signed|ordered|planned|pledged|promised|contracted/, "announced"],
  [/confirmed|verified|documented|proven|established|acknowledged/, "confirmed"],
  [/denied|disputed|refuted|rejected/, "denied"],
  [/suspended|paused|halted|frozen|on hold/, "suspended"],
  [/lapsed|expired|ended|terminated/, "lapsed"],
  [/reinstated|resumed|restored|snap ?back|snapped back|re ?imposed/, "reinstated"],
  [/cancell?ed|withdrawn|scrapped|abandoned/, "cancelled"],
];

/** "reported by three governments" -> reported, the words kept whole. */
export function mapTransferStatus(raw: unknown): MappedStatus<TransferStatus> {
  return mapStatus(raw, transferStatusWords, transferStatusRules, "other");
}

const sanctionStatusRules: readonly (readonly [RegExp, SanctionStatus])[] = [
  [/unverified|unconfirmed|not (yet )?(verified|confirmed)/, "unverified"],
  [/announced|proposed|pending|planned/, "announced"],
  [/reinstated|restored|snap ?back|snapped back|re ?imposed|reimposed/, "reinstated"],
  [/in force|in effect|active|applies|current|adopted|imposed/, "in_force"],
  [/suspended|paused|waived|eased/, "suspended"],
  [/lapsed|expired|sunset/, "lapsed"],
  [/terminated|ended|lifted|revoked|repealed|rescinded|withdrawn/, "terminated"],
];

/** "lapsed 18 Oct 2023 (…)" -> lapsed since 2023-10-18, the words kept whole. */
export function mapSanctionStatus(raw: unknown): MappedStatus<SanctionStatus> {
  return mapStatus(raw, sanctionStatusWords, sanctionStatusRules, "other");
}

const stageRules: readonly (readonly [RegExp, TransferStage])[] = [
  [
    /\b(intercept|shot down|downed|seized|found|recovered|debris|captured|wreck)/,
    "intercepted_or_found",
  ],
  [/\b(fired|launched|used|expended|struck|strikes|in combat)/, "used_in_combat"],
  [
    /\b(licen[cs]ed|under licen[cs]e|produced|manufactured|assembled|made locally|local production)/,
    "licensed_production",
  ],
  [/\b(ordered|agreed|contracted|pledged|promised|signed|deal|orders?\b)/, "agreed"],
  [/\b(delivered|supplied|shipped|transferred|sent\b|received|exported|deliveries)/, "delivered"],
];

/**
 * Which stage an estimate counts, from the words beside it (its stage field, unit or
 * note): "missiles fired" is used in combat, "components found" intercepted or found.
 * The first text that names a stage decides; none at all means delivered.
 */
export function mapTransferStage(...texts: unknown[]): MappedWording<TransferStage> {
  for (const raw of texts) {
    const text = asText(raw);
    if (text === null) continue;
    const mapped = pick(text, transferStageWords, stageRules, "delivered");
    if (mapped.wording === null || stageRules.some(([re]) => re.test(squash(text)))) return mapped;
  }
  return { value: "delivered", wording: null };
}

/** "a month", "per month", "/month", "monthly" -> month; no rate named -> null (a total). */
export function mapRatePeriod(...texts: unknown[]): RatePeriod | null {
  for (const raw of texts) {
    const text = asText(raw);
    if (text === null) continue;
    const m =
      /(?:\bper\s+|\ba\s+|\beach\s+|\bevery\s+|\/\s*)(day|month|year)\b|\b(daily|monthly|yearly|annually|annual)\b/i.exec(
        text,
      );
    if (!m) continue;
    const word = (m[1] ?? m[2]!).toLowerCase();
    if (word.startsWith("da")) return "day";
    if (word.startsWith("mon")) return "month";
    return "year";
  }
  return null;
}

const qualifierRules: readonly (readonly [RegExp, QuantityQualifier])[] = [
  [/^exactly\b/, "exactly"],
  [
    /^(about|around|approximately|approx\.?|roughly|some|nearly|almost|circa|c\.|ca\.|estimated|est\.|an estimated|~|≈)/,
    "about",
  ],
  [/^(more than|over|above|in excess of|upwards of|>)/, "more_than"],
  [/^(at least|no fewer than|no less than|a minimum of|≥|>=)/, "at_least"],
  [/^(up to|as many as|at most|a maximum of|no more than|≤|<=)/, "up_to"],
  [/^(fewer than|less than|under|below|<)/, "fewer_than"],
];

/** A note's leading separator and one pair of brackets around all of it go; its words stay. */
function tidyNote(rest: string): string | null {
  let t = rest.replace(/^[\s,;:–—-]+/, "").trim();
  const wrapped = /^\(([^()]*)\)$/.exec(t);
  if (wrapped) t = wrapped[1]!.trim();
  return t.length > 0 ? t : null;
}

/**
 * A qualifier as a file words it: "over (since mid-2022, via the northern port)" -> more_than with the
 * note "since mid-2022, via the northern port" (case and words as written). With no leading hedge word
 * ("(152 mm equivalent)", "estimate") it is `stated`, and all of it is the note.
 */
export function mapQualifier(raw: unknown): {
  qualifier: QuantityQualifier;
  note: string | null;
  wording: string | null;
} {
  const text = asText(raw);
  if (text === null) return { qualifier: "stated", note: null, wording: null };
  const lower = text.toLowerCase();
  for (const [re, qualifier] of qualifierRules) {
    const m = re.exec(lower);
    if (!m) continue;
    const note = tidyNote(text.slice(m[0].length));
    const plain = note === null && lower === qualifierWords[qualifier];
    return { qualifier, note, wording: plain ? null : text };
  }
  return { qualifier: "stated", note: tidyNote(text), wording: text };
}

const SCALE: Record<string, number> = {
  thousand: 3,
  k: 3,
  million: 6,
  m: 6,
  mn: 6,
  billion: 9,
  bn: 9,
};

/** "12,000" -> "12000", "1.6 million" -> "1600000", "4.8m" -> "4800000"; else null. */
function oneFigure(text: string): DecimalString | null {
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(thousand|million|billion|k|m|mn|bn)?$/i.exec(
    text.trim(),
  );
  if (!m) return null;
  const int = m[1]!.replaceAll(",", "");
  let frac = m[2] ?? "";
  const shift = m[3] ? SCALE[m[3].toLowerCase()]! : 0;
  const digits = int + frac.padEnd(shift, "0");
  const whole = digits.slice(0, int.length + shift).replace(/^0+(?=\d)/, "");
  frac = digits.slice(int.length + shift).replace(/0+$/, "");
  const value = frac ? `${whole}.${frac}` : whole;
  return DecimalStringSchema.safeParse(value).success ? value : null;
}

/**
 * A figure as a file gives it: a number, "12,000", "1.6 million", or a range "5,000-6,000"
 * / "5,000 to 6,000". Words without a number ("several hundred") give no figure: they are
 * kept by the caller as the estimate's wording.
 */
export function parseFigure(
  raw: unknown,
): { low: DecimalString | null; best: DecimalString | null; high: DecimalString | null } | null {
  if (typeof raw === "number") {
    if (!Number.isFinite(raw) || raw < 0) return null;
    const best = oneFigure(String(raw));
    return best === null ? null : { low: null, best, high: null };
  }
  const text = asText(raw);
  if (text === null) return null;
  const single = oneFigure(text);
  if (single !== null) return { low: null, best: single, high: null };
  const range = /^(.+?)\s*(?:-|–|—|\bto\b)\s*(.+)$/i.exec(text);
  if (range) {
    // "1 to 3 million": the scale written once belongs to both ends.
    const scale = /\s*(thousand|million|billion|k|m|mn|bn)$/i.exec(range[2]!)?.[0] ?? "";
    const lowText = /^[\d.,]+$/.test(range[1]!) ? range[1]! + scale : range[1]!;
    const low = oneFigure(lowText);
    const high = oneFigure(range[2]!);
    if (low !== null && high !== null) return { low, best: null, high };
  }
  return null;
}

/**
 * One estimate as a file words it, mapped field by field with every word kept:
 * `value` may be a number, a figure in words or no number at all; the qualifier may carry
 * a note; the stage and a rate are read from the stage field, the qualifier or the unit.
 * The caller adds the date, who estimated it and the source.
 */
export function mapEstimateWording(input: {
  value?: unknown;
  low?: unknown;
  high?: unknown;
  qualifier?: unknown;
  unit?: unknown;
  stage?: unknown;
  per?: unknown;
  note?: unknown;
}): {
  low: DecimalString | null;
  best: DecimalString | null;
  high: DecimalString | null;
  qualifier: QuantityQualifier;
  stage: TransferStage;
  per: RatePeriod | null;
  wording: string | null;
  note: string | null;
} {
  const figure = parseFigure(input.value);
  const low = parseFigure(input.low)?.best ?? null;
  const high = parseFigure(input.high)?.best ?? null;
  const q = mapQualifier(input.qualifier);
  const valueWords = figure === null ? asText(input.value) : null;
  // Words that are not a figure ("several hundred") are the estimate, verbatim; a
  // qualifier that is only words and no value at all is kept the same way.
  const noNumber = figure === null && low === null && high === null;
  const wording = valueWords ?? (noNumber ? q.wording : null);
  const notes = [noNumber && valueWords === null ? null : q.note, asText(input.note)].filter(
    (n): n is string => n !== null,
  );
  return {
    low: figure?.low ?? low,
    best: figure?.best ?? null,
    high: figure?.high ?? high,
    qualifier: q.qualifier,
    stage: mapTransferStage(input.stage, input.unit, input.qualifier).value,
    per: mapRatePeriod(input.per, input.qualifier, input.unit),
    wording,
    note: notes.length > 0 ? notes.join("; ") : null,
  };
}
