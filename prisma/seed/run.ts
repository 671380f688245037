import { createDbClient } from "../../lib/db-client";
import { indexUnindexedLiveVersions } from "../../lib/server/search/search-vector";
import { DEMO_ACCOUNTS } from "./demo-data";
import { seedDemo, seedSections } from "./demo";

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-data";

/**
 * What `npm start` seeds: the demo newsroom on a new embedded database, or on any
 * database when GALLEY_DEMO=1. A database given by DATABASE_URL never gets demo
 * accounts otherwise. Reports whether the demo accounts exist, to print them.
 */
export async function seedOnStart(
  url: string,
  options: { isEmbedded: boolean; demo: boolean },
): Promise<{ demoAccounts: boolean }> {
  const db = createDbClient(url);
  try {
    if (options.demo) {
      await seedDemo(db);
    } else if (options.isEmbedded && (await db.user.count()) === 0) {
      await seedDemo(db); // first start only: later starts keep whatever the newsroom changed
    }
    // Live articles published before search existed become searchable on the next start.
    await indexUnindexedLiveVersions(db);
    const demoUsers = await db.user.count({
      where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } },
    });
    return { demoAccounts: (options.isEmbedded || options.demo) && demoUsers > 0 };
  } finally {
    await db.$disconnect();
  }
}

/** `npm run db:seed`: the demo newsroom where allowed, else only the sections. */
export async function seedCommand(
  url: string,
  options: { isEmbedded: boolean; demo: boolean },
): Promise<string> {
  const db = createDbClient(url);
  try {
    if (options.isEmbedded || options.demo) {
      await seedDemo(db);
      return "Seeded the demo newsroom (sections, accounts, contributors, tags, the sample article).";
    }
    await seedSections(db);
    return "Seeded the sections. Demo accounts and content go only into the embedded database, or anywhere with GALLEY_DEMO=1.";
  } finally {
    await db.$disconnect();
  }
}
