/**
 * The Atom 1.0 feed (RFC 4287) of published claims, corrections and retractions. Pure: the
 * route handler fetches the data and passes it in, so the XML can be tested without a server.
 */
import { type AuditHead, type PublicClaim, verdictWords } from "@armstrail/domain";
import { type CorrectionNotice, correctionAnchor } from "./corrections";
import { investigationPath, type Scope } from "./investigations";

export interface AtomEntry {
  id: string;
  title: string;
  /** ISO 8601 instants */
  updated: string;
  published?: string;
  link: string;
  summary: string;
  categories?: { term: string; label: string }[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  /** The feed's own address (rel="self") and the site it describes (rel="alternate"). */
  selfUrl: string;
  siteUrl: string;
  author: string;
  rights: string;
  /** Used as the feed's <updated> when there are no entries. */
  generatedAt: string;
  /**
   * The audit chain's head when the feed was made. Readers and archives that keep the feed
   * keep the hash with it, so a log whose end was later cut off can be caught.
   */
  auditHead?: AuditHead;
  entries: AtomEntry[];
}

/**
 * The feed's own particulars: the whole site's (its id unchanged since the first feed), or one
 * investigation's, titled and described by the investigation's record.
 */
export function feedHeader(
  site: string,
  scope: Scope,
): Pick<AtomFeed, "id" | "title" | "subtitle" | "selfUrl" | "siteUrl"> {
  if (!scope) {
    return {
      id: `${site}/`,
      title: "Arms Trail: checked claims",
      subtitle:
        "Claims from every Arms Trail investigation, each checked against public sources, with every correction and retraction.",
      selfUrl: `${site}/feed.xml`,
      siteUrl: `${site}/`,
    };
  }
  const page = `${site}${investigationPath(scope.slug)}`;
  return {
    id: page,
    title: `Arms Trail: ${scope.title}`,
    subtitle: scope.standfirst,
    selfUrl: `${page}/feed.xml`,
    siteUrl: page,
  };
}

/** Our extension's namespace: Atom lets a feed carry elements of other vocabularies. */
export const AUDIT_NAMESPACE = "urn:armstrail:audit";

function auditHeadXml(head: AuditHead): string {
  const at = head.at ? ` at="${escapeXml(head.at)}"` : "";
  return `  <audit:head xmlns:audit="${AUDIT_NAMESPACE}" hash="${escapeXml(head.hash)}" entries="${head.count}"${at}/>`;
}

/**
 * Keeps only the characters XML 1.0 allows (tab, LF, CR, U+0020-U+D7FF, U+E000-U+FFFD and the
 * astral planes): a stray control character or half a surrogate pair would make the whole feed
 * unreadable to a strict parser.
 */
function xmlChars(text: string): string {
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (
      cp === 0x9 ||
      cp === 0xa ||
      cp === 0xd ||
      (cp >= 0x20 && cp <= 0xd7ff) ||
      (cp >= 0xe000 && cp <= 0xfffd) ||
      cp >= 0x10000
    )
      out += ch;
  }
  return out;
}

/** Escapes text for element content and attribute values alike, dropping characters XML forbids. */
export function escapeXml(text: string): string {
  return xmlChars(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const el = (name: string, text: string, indent: string) =>
  `${indent}<${name}>${escapeXml(text)}</${name}>`;

const textEl = (name: string, text: string, indent: string) =>
  `${indent}<${name} type="text">${escapeXml(text)}</${name}>`;

const link = (rel: string, type: string, href: string, indent: string) =>
  `${indent}<link rel="${rel}" type="${type}" href="${escapeXml(href)}"/>`;

function entryXml(e: AtomEntry): string {
  const i = "    ";
  const lines = [
    "  <entry>",
    el("id", e.id, i),
    textEl("title", e.title, i),
    el("updated", e.updated, i),
    ...(e.published ? [el("published", e.published, i)] : []),
    link("alternate", "text/html", e.link, i),
    ...(e.categories ?? []).map(
      (c) => `${i}<category term="${escapeXml(c.term)}" label="${escapeXml(c.label)}"/>`,
    ),
    textEl("summary", e.summary, i),
    "  </entry>",
  ];
  return lines.join("\n");
}

/** The whole feed as an XML document. <updated> is the newest entry's, or generatedAt. */
export function buildAtomFeed(feed: AtomFeed): string {
  const updated = feed.entries.reduce(
    (max, e) => (Date.parse(e.updated) > Date.parse(max) ? e.updated : max),
    feed.entries[0]?.updated ?? feed.generatedAt,
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
    el("id", feed.id, "  "),
    textEl("title", feed.title, "  "),
    textEl("subtitle", feed.subtitle, "  "),
    el("updated", updated, "  "),
    link("self", "application/atom+xml", feed.selfUrl, "  "),
    link("alternate", "text/html", feed.siteUrl, "  "),
    `  <author>\n${el("name", feed.author, "    ")}\n${el("uri", feed.siteUrl, "    ")}\n  </author>`,
    textEl("rights", feed.rights, "  "),
    ...(feed.auditHead ? [auditHeadXml(feed.auditHead)] : []),
    ...feed.entries.map(entryXml),
    "</feed>",
    "",
  ].join("\n");
}

/** A published claim as a feed entry; its id is the claim's permanent address. */
export function claimEntry(
  c: Pick<
    PublicClaim,
    "ref" | "verdict" | "statement" | "finding" | "publishedAt" | "updatedAt" | "claimType"
  >,
  site: string,
): AtomEntry {
  const url = `${site}/claims/${c.ref}`;
  return {
    id: url,
    title: `${c.ref}: ${verdictWords[c.verdict]}: ${c.statement}`,
    updated: c.updatedAt,
    published: c.publishedAt,
    link: url,
    summary: c.finding,
    categories: [{ term: c.verdict, label: verdictWords[c.verdict] }],
  };
}

/**
 * A correction or retraction as a feed entry. It links to its notice on /corrections, which
 * always exists, where a retracted claim's own page does not.
 */
export function correctionEntry(c: CorrectionNotice, site: string): AtomEntry {
  const host = new URL(site).hostname;
  const day = c.at.slice(0, 10);
  const anchor = correctionAnchor(c);
  const verb = c.kind === "retraction" ? "retracted" : "corrected";
  return {
    id: `tag:${host},${day}:${anchor}`,
    title: `${c.ref} ${verb}: ${c.statement}`,
    updated: c.at,
    published: c.at,
    link: `${site}/corrections#${anchor}`,
    summary: c.reason,
    categories: [{ term: c.kind, label: c.kind === "retraction" ? "Retraction" : "Correction" }],
  };
}

/** Claims and notices together, newest first (claims by publication, notices by their date). */
export function feedEntries(
  claims: Parameters<typeof claimEntry>[0][],
  corrections: CorrectionNotice[],
  site: string,
): AtomEntry[] {
  const dated = [
    ...claims.map((c) => ({ at: c.publishedAt, entry: claimEntry(c, site) })),
    ...corrections.map((c) => ({ at: c.at, entry: correctionEntry(c, site) })),
  ];
  dated.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return dated.map((d) => d.entry);
}
