import { createDbClient } from "../db-client";
import { issueSetupToken, removeSetupToken } from "./setup-token";

/**
 * At start: with no active admin (a new database of one's own, or every admin gone), a
 * fresh setup token and the address to open; with one, any old token is removed, so a
 * link printed by an earlier start opens nothing. The demo seeds an admin: no link there.
 */
export async function prepareFirstRun(options: {
  databaseUrl: string;
  dataDir: string;
  publicUrl: string;
}): Promise<{ setupUrl: string | null }> {
  const db = createDbClient(options.databaseUrl);
  try {
    const admins = await db.user.count({ where: { role: "ADMIN", isActive: true } });
    if (admins > 0) {
      removeSetupToken(options.dataDir);
      return { setupUrl: null };
    }
    const token = issueSetupToken(options.dataDir);
    return { setupUrl: new URL(`/setup?token=${token}`, options.publicUrl).toString() };
  } finally {
    await db.$disconnect();
  }
}
