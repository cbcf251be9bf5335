import { accessProcedure } from "../../trpc";

// Who may do what in the claim and story workflow (issue 4), read from the domain's role
// table (`accessRoles`, which `actionRoles` and `storyActionRoles` use too): contributors
// draft, fact-checkers review and approve claims, editors also retract, correct and publish
// the story, admins may do everything. Finer rules (whose draft, which status, four eyes) are
// the domain's, applied in the services.

/** Anyone signed in: reading, drafting, saving, submitting, commenting. */
export const draftingProcedure = accessProcedure("draft");

/** Review decisions and assignment. */
export const reviewingProcedure = accessProcedure("review");

/** What changes the public record beyond a claim's review: retraction, correction, story. */
export const publishingProcedure = accessProcedure("publish");
