// Reads a domain zod schema into a plain description of its fields, so one form component
// can edit every entity type (actors, sources, events, sanctions, transfers with their
// estimates and route legs) with the same paths the API's `fieldErrors` use. The domain
// schema stays the one definition of each record; nothing here restates it.
import type { z } from "zod";

export type Spec =
  | { kind: "text"; nullable: boolean; multiline: boolean; max: number | null }
  | { kind: "number"; nullable: boolean; integer: boolean }
  | { kind: "boolean" }
  | { kind: "enum"; nullable: boolean; options: string[] }
  | { kind: "object"; nullable: boolean; fields: [string, Spec][] }
  | { kind: "array"; of: Spec }
  | { kind: "other" };

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
  checks?: { _zod: { def: { check: string; maximum?: number; format?: string } } }[];
}

const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

export function describe(schema: z.ZodType): Spec {
  return walk(schema, false);
}

function walk(schema: z.ZodType, nullable: boolean): Spec {
  const def = defOf(schema);
  switch (def.type) {
    case "nullable":
    case "optional":
      return walk(def.innerType!, true);
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
      return walk(def.innerType!, nullable);
    case "pipe":
      return walk(def.in!, nullable);
    case "string": {
      const max =
        def.checks?.map((c) => c._zod.def).find((c) => c.check === "max_length")?.maximum ?? null;
      return { kind: "text", nullable, multiline: max !== null && max > 300, max };
    }
    case "number":
      return {
        kind: "number",
        nullable,
        integer: !!def.checks?.some(
          (c) => c._zod.def.format === "safeint" || c._zod.def.check === "number_format",
        ),
      };
    case "boolean":
      return { kind: "boolean" };
    case "enum":
      return { kind: "enum", nullable, options: Object.values(def.entries ?? {}) };
    case "literal":
      return { kind: "enum", nullable, options: (def.values ?? []).map(String) };
    case "object":
      return {
        kind: "object",
        nullable,
        fields: Object.entries(def.shape ?? {}).map(([k, v]) => [k, walk(v, false)]),
      };
    case "array":
      return { kind: "array", of: walk(def.element!, false) };
    default:
      return { kind: "other" };
  }
}

/** The value a new, empty field starts with. */
export function blank(spec: Spec): unknown {
  switch (spec.kind) {
    case "text":
      return spec.nullable ? null : "";
    case "number":
      return null;
    case "boolean":
      return false;
    case "enum":
      return spec.nullable ? null : "";
    case "object":
      return spec.nullable ? null : Object.fromEntries(spec.fields.map(([k, f]) => [k, blank(f)]));
    case "array":
      return [];
    default:
      return null;
  }
}

/** "sourceRefs" -> "Source refs", "periodStart" -> "Period start" */
export function labelFor(key: string): string {
  const words = key
    .replace(/Refs?$/, (m) => ` ${m.toLowerCase()}`)
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A copy of `root` with the value at `path` replaced. */
export function setAt(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = [...(root as unknown[])];
    copy[head as number] = setAt(copy[head as number], rest, value);
    return copy;
  }
  const obj = (root ?? {}) as Record<string, unknown>;
  return { ...obj, [head!]: setAt(obj[head as string], rest, value) };
}

/**
 * What a number field holds after a keystroke: null when empty, a number once the text reads
 * as one exactly, else the text itself. Half-typed decimals ("42.", "-0") stay text so that
 * the next keystroke can finish them; text that never becomes a number reaches the API, whose
 * answer names the field ("Latitude must be a number of decimal degrees").
 */
export function numberFromText(text: string): number | string | null {
  const t = text.trim();
  if (t === "") return null;
  return String(Number(t)) === t ? Number(t) : text;
}
