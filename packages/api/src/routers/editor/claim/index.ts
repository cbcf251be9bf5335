import { router } from "../../../trpc";
import { addClaimComment } from "./add-claim-comment";
import { approveClaim } from "./approve-claim";
import { assignClaim } from "./assign-claim";
import { compareClaimRevisions } from "./compare-claim-revisions";
import { correctClaim } from "./correct-claim";
import { createClaim } from "./create-claim";
import { getClaim } from "./get-claim";
import { listClaimRevisions } from "./list-claim-revisions";
import { listClaims } from "./list-claims";
import { rejectClaim } from "./reject-claim";
import { requestClaimChanges } from "./request-claim-changes";
import { restoreClaimRevision } from "./restore-claim-revision";
import { retractClaim } from "./retract-claim";
import { saveClaim } from "./save-claim";
import { setClaimInvestigation } from "./set-claim-investigation";
import { submitClaim } from "./submit-claim";

/** Drafting, review and publication of claims. */
export const editorClaimRouter = router({
  list: listClaims,
  get: getClaim,
  create: createClaim,
  save: saveClaim,
  submit: submitClaim,
  approve: approveClaim,
  requestChanges: requestClaimChanges,
  reject: rejectClaim,
  retract: retractClaim,
  correct: correctClaim,
  assign: assignClaim,
  comment: addClaimComment,
  revisions: listClaimRevisions,
  compare: compareClaimRevisions,
  restore: restoreClaimRevision,
  setInvestigation: setClaimInvestigation,
});
