import { router } from "../../../trpc";
import { countClaimsByVerdict } from "./count-claims";
import { getClaimById, getClaimByRef } from "./get-claim";
import { listClaims } from "./list-claims";
import { getClaimHistory } from "./get-claim-history";

export const claimRouter = router({
  list: listClaims,
  counts: countClaimsByVerdict,
  byId: getClaimById,
  byRef: getClaimByRef,
  history: getClaimHistory,
});
