import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDbClient, type PrismaClient } from "@/lib/db-client";
import { indexUnindexedLiveVersions } from "@/lib/server/search/search-vector";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { seedDemo } from "./demo";
import { seedOnStart } from "./run";

let database: TestDatabase;
let db: PrismaClient;

beforeAll(async () => {
  database = await createTestDatabase(process.env.TEST_SERVER_URL!);
  db = createDbClient(database.url);
  await seedDemo(db);
});
afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

/** Live versions whose search document matches `lexemes` (already folded, as the search prepares them). */
async function matching(lexemes: string): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>`
    select count(*)::int as count from "PublishedVersion"
    where "isLive" and "searchVector" @@ ${lexemes}::tsquery`;
  return row?.count ?? 0;
}

describe("the seeded sample article's search document", () => {
  it("is written by the seed, folded to Simplified, with the headline weighted A", async () => {
    expect(await matching("'疫情'")).toBe(1);
    expect(await matching("'防控'")).toBe(1);
    expect(await matching("'复工'")).toBe(1);
    expect(await matching("'復工'")).toBe(0);
    expect(await matching("'会议':A")).toBe(1); // 召開會議 is in the headline
  });

  it("is filled in on start for live versions that have none (published before search existed)", async () => {
    await db.$executeRaw`update "PublishedVersion" set "searchVector" = null`;
    expect(await matching("'复工'")).toBe(0);
    await seedOnStart(database.url, { isEmbedded: false, demo: false });
    expect(await matching("'复工'")).toBe(1);
    expect(await indexUnindexedLiveVersions(db)).toBe(0);
  });
});
