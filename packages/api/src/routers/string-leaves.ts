// For tests that walk a router's input schemas (imported only from test files): every
// string a caller can send, found by walking each schema down to its string leaves.
import type { z } from "zod";

export interface ProcedureDef {
  _def: { type: "query" | "mutation" | "subscription"; inputs: z.ZodType[] };
}

export interface StringField {
  procedure: string;
  mutation: boolean;
  /** The leaf's path inside the input ("evidence[].supports"). */
  path: string;
  schema: z.ZodType;
}

/** The string leaves of a schema, with their paths. */
function stringLeaves(
  schema: z.ZodType,
  path: string,
  out: Omit<StringField, "procedure" | "mutation">[],
  seen = new Set(),
) {
  if (seen.has(schema)) return out;
  seen.add(schema);
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const walk = (s: unknown, p: string) => stringLeaves(s as z.ZodType, p, out, seen);
  switch (def.type) {
    case "string":
      out.push({ path, schema });
      break;
    case "object":
      for (const [key, s] of Object.entries(def.shape as Record<string, unknown>))
        walk(s, path ? `${path}.${key}` : key);
      break;
    case "array":
      walk(def.element, `${path}[]`);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "nonoptional":
    case "readonly":
    case "catch":
      walk(def.innerType, path);
      break;
    case "pipe":
      // A refined or transformed string is still a string people type: test the whole pipe.
      if (leadsToString(def.in as z.ZodType)) out.push({ path, schema });
      else walk(def.in, path);
      break;
    case "union":
      for (const s of def.options as unknown[]) walk(s, path);
      break;
    case "intersection":
      walk(def.left, path);
      walk(def.right, path);
      break;
    case "record":
      walk(def.valueType, `${path}{}`);
      break;
    case "lazy":
      walk((def.getter as () => unknown)(), path);
      break;
    default:
      break;
  }
  return out;
}

function leadsToString(schema: z.ZodType): boolean {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  if (def.type === "string") return true;
  if (def.type === "pipe") return leadsToString(def.in as z.ZodType);
  return false;
}

/** Every string field of every procedure, by the procedure's dotted path. */
export function stringFields(procedures: Record<string, ProcedureDef>): StringField[] {
  return Object.entries(procedures).flatMap(([name, p]) =>
    p._def.inputs.flatMap((schema) =>
      stringLeaves(schema, "", []).map((leaf) => ({
        procedure: name,
        mutation: p._def.type === "mutation",
        ...leaf,
      })),
    ),
  );
}
