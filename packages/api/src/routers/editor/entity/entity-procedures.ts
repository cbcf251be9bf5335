// The editor's procedures for one entity type. Every type has the same workflow (see
// @armstrail/db's services/entities), so one factory builds the set for each type rather
// than five copies of each file. As in ../../public/read-procedures.ts, tRPC cannot resolve
// the generic output types, so results are cast; `.output()` still validates and types them.
import {
  compareEntityRevisions,
  createEntity,
  getEditorEntity,
  listEditorEntities,
  listEntityRevisions,
  transitionEntity,
  updateEntity,
  type EntityAction,
} from "@armstrail/db";
import {
  ByIdInputSchema,
  EditorEntitySummarySchema,
  EntityComparisonSchema,
  EntityListInputSchema,
  EntityRevisionSummarySchema,
  EntityTransitionInputSchema,
  editorEntitySchema,
  entityCreateInput,
  entityKeyInput,
  entityUpdateInput,
  pageOf,
  type Access,
  type EntityType,
} from "@armstrail/domain";
import { z } from "zod";
import { accessProcedure, signedInProcedure } from "../../../trpc";

/**
 * Who may do what, from the domain's role table: anyone signed in reads, drafts and submits;
 * reviewers publish and reject; merging actors is an editor's.
 */
export const entityAccess = {
  submit: "draft",
  publish: "review",
  reject: "review",
} as const satisfies Record<EntityAction, Access>;

export function entityProcedures<T extends EntityType>(type: T) {
  const output = editorEntitySchema(type);
  const transition = (action: EntityAction) =>
    accessProcedure(entityAccess[action])
      .input(EntityTransitionInputSchema)
      .output(output)
      .mutation(
        ({ ctx, input }) =>
          transitionEntity(ctx.db, ctx.session, type, action, input) as Promise<never>,
      );
  return {
    list: signedInProcedure
      .input(EntityListInputSchema)
      .output(pageOf(EditorEntitySummarySchema))
      .query(({ ctx, input }) => listEditorEntities(ctx.db, type, input)),
    get: signedInProcedure
      .input(entityKeyInput(type))
      .output(output)
      .query(({ ctx, input }) => getEditorEntity(ctx.db, type, input) as Promise<never>),
    create: accessProcedure("draft")
      .input(entityCreateInput(type))
      .output(output)
      .mutation(
        ({ ctx, input }) =>
          createEntity(ctx.db, ctx.session, type, input as never) as Promise<never>,
      ),
    update: accessProcedure("draft")
      .input(entityUpdateInput(type))
      .output(output)
      .mutation(
        ({ ctx, input }) =>
          updateEntity(ctx.db, ctx.session, type, input as never) as Promise<never>,
      ),
    submit: transition("submit"),
    publish: transition("publish"),
    reject: transition("reject"),
    revisions: signedInProcedure
      .input(ByIdInputSchema)
      .output(z.array(EntityRevisionSummarySchema))
      .query(({ ctx, input }) => listEntityRevisions(ctx.db, type, input.id)),
    compare: signedInProcedure
      .input(
        z.object({
          id: ByIdInputSchema.shape.id,
          from: z.number().int().min(1),
          to: z.number().int().min(1),
        }),
      )
      .output(EntityComparisonSchema)
      .query(({ ctx, input }) => compareEntityRevisions(ctx.db, type, input)),
  };
}
