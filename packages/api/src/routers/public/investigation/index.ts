import { router } from "../../../trpc";
import { getInvestigationBySlug } from "./get-investigation";
import { listInvestigations } from "./list-investigations";

export const investigationRouter = router({
  list: listInvestigations,
  bySlug: getInvestigationBySlug,
});
