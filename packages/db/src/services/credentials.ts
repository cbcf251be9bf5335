import type { Db } from "../client";
import type { Prisma } from "../generated/prisma/client";

type Tx = Prisma.TransactionClient | Db;

/**
 * Gives a user a password the way Better Auth keeps one: an Account with provider
 * "credential" whose accountId is the user's id. `passwordHash` must come from Better
 * Auth's own hash (scrypt), or sign-in will not recognise it.
 */
export async function setCredentialPassword(tx: Tx, userId: string, passwordHash: string) {
  await tx.account.upsert({
    where: { providerId_accountId: { providerId: "credential", accountId: userId } },
    create: { providerId: "credential", accountId: userId, userId, password: passwordHash },
    update: { password: passwordHash },
  });
}
