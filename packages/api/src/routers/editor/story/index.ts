import { router } from "../../../trpc";
import { approveStoryBlock } from "./approve-story-block";
import { compareStoryBlockRevisions } from "./compare-story-block-revisions";
import { createStoryBlock } from "./create-story-block";
import { getStoryBlock } from "./get-story-block";
import { listStoryBlockRevisions } from "./list-story-block-revisions";
import { listStoryBlocks } from "./list-story-blocks";
import { rejectStoryBlock } from "./reject-story-block";
import { requestStoryBlockChanges } from "./request-story-block-changes";
import { saveStoryBlock } from "./save-story-block";
import { submitStoryBlock } from "./submit-story-block";

/** The story's narrative blocks, through the same review as claims. */
export const editorStoryRouter = router({
  list: listStoryBlocks,
  get: getStoryBlock,
  create: createStoryBlock,
  save: saveStoryBlock,
  submit: submitStoryBlock,
  approve: approveStoryBlock,
  requestChanges: requestStoryBlockChanges,
  reject: rejectStoryBlock,
  revisions: listStoryBlockRevisions,
  compare: compareStoryBlockRevisions,
});
