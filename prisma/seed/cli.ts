// `pnpm db:seed`: loads the first case, then imports each case under seed/cases/ into its
// own investigation and publishes it through bulk review (seed-cases.ts). Demo accounts (and the drafts they wrote) are
// added unless NODE_ENV is production or --no-demo is given: they are for local use only,
// and sign in with DEMO_PASSWORD. The desk accounts never get a password.
import { hashPassword } from "@armstrail/auth";
import { SeedImportError, createDb, seedCase } from "@armstrail/db";
import { DEMO_PASSWORD, SeedDataError, demoAccounts, loadCase } from "./load";
import { seedCases } from "./seed-cases";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error(
    "DATABASE_URL is not set. `npm start` and `npm test` set it for you; see README.md.",
  );
  process.exit(2);
}
const withDemo = process.env.NODE_ENV !== "production" && !process.argv.includes("--no-demo");

try {
  const data = await loadCase();
  const db = createDb({ url, maxConnections: 1 });
  try {
    const demo = withDemo
      ? await Promise.all(
          demoAccounts.map(async (a) => ({
            ...a,
            passwordHash: await hashPassword(DEMO_PASSWORD),
          })),
        )
      : [];
    const report = await seedCase(db, data, { demoAccounts: demo });
    const added = Object.entries(report).filter(([, n]) => n > 0);
    console.log(
      added.length
        ? `Seeded: ${added.map(([k, n]) => `${n} ${k}`).join(", ")}.`
        : "Seed data already present: nothing changed.",
    );
    for (const line of await seedCases(db)) console.log(line);
  } finally {
    await db.$disconnect();
  }
} catch (e) {
  if (e instanceof SeedDataError || e instanceof SeedImportError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
