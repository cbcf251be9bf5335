// The entity areas (actors, transfers, sanctions, events, sources, places) share one shape:
// list, byId, byRef. This builds that trio from a schema and two repository functions; the
// area's router may add procedures of its own beside them.
import type { Db } from "@armstrail/db";
import { ByIdInputSchema, PageInputSchema, pageOf } from "@armstrail/domain";
import { z } from "zod";
import { publicProcedure } from "../../trpc";

type Key = { id: string } | { ref: string };

// The generic output cannot be resolved through tRPC's conditional types, so the getters'
// results are cast; `.output(spec.schema)` still validates them and types the router.
export function readProcedures<T, ListIn extends z.ZodObject = typeof PageInputSchema>(spec: {
  schema: z.ZodType<T, T>;
  refSchema: z.ZodType<string>;
  listInput?: ListIn;
  list: (
    db: Db,
    input: z.output<NoInfer<ListIn>>,
  ) => Promise<{ items: T[]; nextCursor: string | null }>;
  get: (db: Db, key: Key) => Promise<T>;
}) {
  const listInput = (spec.listInput ?? PageInputSchema) as ListIn;
  return {
    list: publicProcedure
      .input(listInput)
      .output(pageOf(spec.schema))
      .query(({ ctx, input }) => spec.list(ctx.db, input as z.output<ListIn>)),
    byId: publicProcedure
      .input(ByIdInputSchema)
      .output(spec.schema)
      .query(({ ctx, input }) => spec.get(ctx.db, { id: input.id }) as Promise<never>),
    byRef: publicProcedure
      .input(z.object({ ref: spec.refSchema }))
      .output(spec.schema)
      .query(({ ctx, input }) => spec.get(ctx.db, { ref: input.ref }) as Promise<never>),
  };
}
