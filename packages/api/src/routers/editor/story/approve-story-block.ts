import { actOnStoryBlock } from "@armstrail/db";
import { ApproveStoryBlockInputSchema, EditorStoryBlockSchema } from "@armstrail/domain";
import { publishingProcedure } from "../workflow-access";

/** Publishes a block: editors only, never its authors, and only if every cited claim is published. */
export const approveStoryBlock = publishingProcedure
  .input(ApproveStoryBlockInputSchema)
  .output(EditorStoryBlockSchema)
  .mutation(({ ctx, input }) => actOnStoryBlock(ctx.db, ctx.session, "approve", input));
