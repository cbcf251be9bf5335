// No case in code: the product serves many investigations, so no app or package may carry one
// case's words. The words are taken from the seed data itself (every case under prisma/seed),
// never from a hand-made list, so a new case is covered the moment its data lands. Sits with
// the lint tests because it is a lint rule over the whole repository (see turbo.json here:
// its inputs are the whole tree, so a cached pass is never replayed after a code change).
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const rel = (file) => path.relative(root, file).split(path.sep).join("/");

/** Where each case's data lives: the first case's files, and later cases under cases/. */
const SEED_DIRS = ["prisma/seed/data", "prisma/seed/cases"];

/** What is scanned: the code of every app, package, tool and the seed loader. */
const CODE_DIRS = ["apps", "packages", "prisma", "tooling"];
const CODE_FILE = /\.(?:[cm]?[jt]sx?|css|prisma)$/;

/**
 * What is not scanned, each with its reason. The lead should read this list: anything here is
 * allowed to name a case.
 */
const EXCLUDED = [
  [/(^|\/)(node_modules|\.next|\.turbo|\.cache|\.data|dist|coverage)\//, "installed or built"],
  [/(^|\/)generated\//, "generated code (the Prisma client)"],
  [/^prisma\/migrations\//, "migrations: history, never edited"],
  [/^prisma\/seed\/(data|cases)\//, "seed data: where a case's words belong"],
  [/\.(test|int\.test|spec)\.[cm]?[jt]sx?$/, "tests"],
  [/(^|\/)e2e\//, "browser tests"],
  [/(^|\/)src\/testing\//, "test factories and helpers (@armstrail/db/testing)"],
  [/fixtures?\.[cm]?[jt]sx?$/, "test fixtures"],
  // Helper "map" turns these into places with coordinates in the data (issue 10, section 6);
  // they leave this list when branch h10-map lands and the files are gone.
  [/^apps\/explainer\/src\/lib\/places\.ts$/, "TEMPORARY: places in code until h10-map lands"],
  [/^apps\/explainer\/src\/app\/map\/page\.tsx$/, "TEMPORARY: the map page until h10-map lands"],
];

const excluded = (file) => EXCLUDED.some(([pattern]) => pattern.test(file));

function walk(dir, keep, out = []) {
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    const full = path.join(dir, name);
    const file = rel(full);
    if (statSync(full).isDirectory()) {
      if (!excluded(`${file}/`)) walk(full, keep, out);
    } else if (keep(file)) out.push(full);
  }
  return out;
}

const regionNames = new Intl.DisplayNames(["en-GB"], { type: "region", fallback: "none" });

/** "John Dobson (author), citing ..." -> "John Dobson": a person's name leading the text, if any. */
function leadingPersonName(text) {
  const head = text.split(/\s*[(,;]|\s+(?:via|as|citing)\s/)[0]?.trim() ?? "";
  return /^[A-Z][a-z]+(?:-[A-Za-z]+)?(?: [A-Z][a-z]+(?:-[a-z]+)?){1,2}$/.test(head) ? head : null;
}

const CONNECTIVES = new Set(["of", "and", "on", "the", "for", "de", "to"]);

/**
 * The proper noun that opens a descriptive name: "Tikhoretsk ammunition depot" -> "Tikhoretsk",
 * "Rajin (Najin) port" -> "Rajin". Not when a connective ends it ("Republic of Korea" would give
 * "Republic"), nor when the whole name is already one.
 */
function properNoun(name) {
  const words = name.replace(/^['‘’"]+/, "").split(/\s+/);
  const stop = words.findIndex((w) => w.startsWith("(") || /^[a-z]/.test(w));
  if (stop <= 0 || CONNECTIVES.has(words[stop])) return null;
  return words
    .slice(0, stop)
    .join(" ")
    .replace(/['‘’"]+$/, "");
}

/**
 * The words of every case: the names and aliases of actors and places, the country names of
 * their country codes, and the people who wrote or made the claims and articles.
 */
export function caseWords() {
  const words = new Set();
  const visit = (value, key) => {
    if (Array.isArray(value)) {
      for (const item of value) {
        if (key === "aliases" && typeof item === "string") words.add(item);
        else visit(item, key);
      }
      return;
    }
    if (value === null || typeof value !== "object") return;
    const named =
      typeof value.name === "string" &&
      ("aliases" in value || "country" in value || "lat" in value || "latitude" in value);
    if (named) {
      words.add(value.name);
      const proper = properNoun(value.name);
      if (proper) words.add(proper);
    }
    for (const [k, v] of Object.entries(value)) {
      if (k === "country" && typeof v === "string" && /^[A-Z]{2}$/.test(v)) {
        const country = regionNames.of(v);
        if (country) words.add(country);
        // "Myanmar (Burma)" -> "Myanmar" too.
        const short = country && properNoun(country);
        if (short) words.add(short);
      } else if ((k === "claimant" || k === "author") && typeof v === "string") {
        const person = leadingPersonName(v);
        if (person) words.add(person);
      } else visit(v, k);
    }
  };
  for (const dir of SEED_DIRS) {
    for (const file of walk(path.join(root, dir), (f) => f.endsWith(".json"))) {
      visit(JSON.parse(readFileSync(file, "utf8")), null);
    }
  }
  // Acronyms of two or three letters (US, UK, CAR, NIS) are ordinary identifiers in code;
  // the full names they stand for are in the list.
  return [...words].map((w) => w.trim()).filter((w) => w.length >= 4);
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A word, with its demonyms ("Russian", "North Korean", "Ukrainian"), as a whole word. */
function wordPattern(words) {
  const forms = words.flatMap((w) => {
    const e = escape(w);
    return /e$/.test(w)
      ? [`${e}(?:an|ans|n|ns|se)?`, `${escape(w.slice(0, -1))}ians?`]
      : [`${e}(?:n|ns|ian|ians|ese)?`];
  });
  forms.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${forms.join("|")})(?![\\p{L}\\p{N}_])`, "gu");
}

describe("no case in code", () => {
  const words = caseWords();

  it("finds the case's words in the seed data", () => {
    // Guards the test itself: an empty list would pass everything.
    expect(words.length).toBeGreaterThan(50);
    for (const w of ["Russian Federation", "Rajin (Najin) port", "North Korea", "John Dobson"]) {
      expect(words).toContain(w);
    }
  });

  it("catches a name with its demonym, and leaves other words alone", () => {
    const found = (text) => [...text.matchAll(wordPattern(words))].map((m) => m[0]);
    expect(found("North Korean shells reached the Russian depot at Tikhoretsk.")).toEqual([
      "North Korean",
      "Russian",
      "Tikhoretsk",
    ]);
    expect(found("strikes on Ukrainian cities")).toEqual(["Ukrainian"]);
    expect(found("const russianDoll = usage; // a port, a state, a claim")).toEqual([]);
  });

  it("no app or package code names a case's places, people or countries", () => {
    const pattern = wordPattern(words);
    const files = CODE_DIRS.flatMap((d) =>
      walk(path.join(root, d), (f) => CODE_FILE.test(f) && !excluded(f)),
    );
    expect(files.length).toBeGreaterThan(100);
    const hits = [];
    for (const file of files) {
      const lines = readFileSync(file, "utf8").split("\n");
      lines.forEach((line, i) => {
        const found = [...line.matchAll(pattern)].map((m) => m[0]);
        if (found.length > 0) hits.push(`${rel(file)}:${i + 1}: ${[...new Set(found)].join(", ")}`);
      });
    }
    expect(hits, "case words in code; move them into the investigation's data").toEqual([]);
  });
});
