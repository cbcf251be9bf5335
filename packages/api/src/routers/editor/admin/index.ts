import { router } from "../../../trpc";
import { createApiToken } from "./create-api-token";
import { createInvite } from "./create-invite";
import { listApiTokens } from "./list-api-tokens";
import { listAudit } from "./list-audit";
import { listInvites } from "./list-invites";
import { listUsers } from "./list-users";
import { revokeApiToken } from "./revoke-api-token";
import { revokeInvite } from "./revoke-invite";
import { setUserActive } from "./set-user-active";
import { setUserRole } from "./set-user-role";
import { verifyAudit } from "./verify-audit";

export const adminRouter = router({
  users: router({ list: listUsers, setRole: setUserRole, setActive: setUserActive }),
  invites: router({ create: createInvite, list: listInvites, revoke: revokeInvite }),
  tokens: router({ create: createApiToken, list: listApiTokens, revoke: revokeApiToken }),
  audit: router({ list: listAudit, verify: verifyAudit }),
});
