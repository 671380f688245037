import { afterAll, beforeAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "./test-database";

/**
 * A database of this test file's own, for files that change what every other file reads
 * (the publication's name, the order of all sections). Call at the top of the file: the
 * app's client (lib/db) must be first used, through a dynamic import, after this has run.
 */
export function ownDatabaseForThisFile(): { url: () => string } {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(process.env.TEST_SERVER_URL!);
    process.env.DATABASE_URL = database.url;
  });
  afterAll(async () => {
    const { db } = await import("@/lib/db");
    await db.$disconnect();
    await database?.drop();
  });
  return { url: () => database!.url };
}
