// Prints every public procedure as JSON lines ({ path, type, keys }) for the fuzz run:
// walked from publicRouter itself, so a new procedure is fuzzed without being listed.
// The keys are the input object's fields, read from zod 4's JSON Schema of the input.
import { publicRouter } from "@armstrail/api";
import { z } from "zod";

const procedures = publicRouter._def.procedures as unknown as Record<
  string,
  { _def: { type: string; inputs: z.ZodType[] } }
>;

for (const [path, p] of Object.entries(procedures)) {
  const keys = p._def.inputs.flatMap((schema) => {
    const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as {
      properties?: Record<string, unknown>;
      anyOf?: { properties?: Record<string, unknown> }[];
    };
    const shapes = [json, ...(json.anyOf ?? [])];
    return shapes.flatMap((s) => Object.keys(s.properties ?? {}));
  });
  console.log(JSON.stringify({ path, type: p._def.type, keys: [...new Set(keys)] }));
}
