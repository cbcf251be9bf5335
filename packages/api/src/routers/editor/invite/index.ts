import { router } from "../../../trpc";
import { acceptInvite } from "./accept-invite";
import { inspectInvite } from "./inspect-invite";

/** Open to anyone holding an invitation link: the link's token is the credential. */
export const inviteRouter = router({ inspect: inspectInvite, accept: acceptInvite });
