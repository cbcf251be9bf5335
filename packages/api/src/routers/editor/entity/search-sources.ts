import { searchEditorSources } from "@armstrail/db";
import { EditorEntitySummarySchema, SourceSearchInputSchema } from "@armstrail/domain";
import { z } from "zod";
import { signedInProcedure } from "../../../trpc";

/** The evidence picker: sources by title, publisher, address or ref (rejected ones left out). */
export const searchSourcesProcedure = signedInProcedure
  .input(SourceSearchInputSchema)
  .output(z.array(EditorEntitySummarySchema))
  .query(({ ctx, input }) => searchEditorSources(ctx.db, input.query, input.limit));
