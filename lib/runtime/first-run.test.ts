import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDbClient, type PrismaClient } from "@/lib/db-client";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createUser } from "@/prisma/factories";
import { prepareFirstRun } from "./first-run";
import { matchesSetupToken, setupTokenPath } from "./setup-token";

// A database of its own: the shared one has admins made by other files' tests.
let database: TestDatabase;
let db: PrismaClient;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "galley-first-run-"));

beforeAll(async () => {
  database = await createTestDatabase(process.env.TEST_SERVER_URL!);
  db = createDbClient(database.url);
});
afterAll(async () => {
  await db.$disconnect();
  await database.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("the setup link at start", () => {
  const run = () =>
    prepareFirstRun({ databaseUrl: database.url, dataDir, publicUrl: "https://news.example.com" });

  it("opens a new link on each start while there is no active admin", async () => {
    await createUser(db, { role: "EDITOR" });
    await createUser(db, { role: "ADMIN", isActive: false });
    const first = await run();
    const token = new URL(first.setupUrl!).searchParams.get("token")!;
    expect(first.setupUrl).toMatch(/^https:\/\/news\.example\.com\/setup\?token=[\w-]{43}$/);
    expect(matchesSetupToken(dataDir, token)).toBe(true);
    const second = await run();
    expect(second.setupUrl).not.toBe(first.setupUrl);
    expect(matchesSetupToken(dataDir, token)).toBe(false); // the older link opens nothing
  });

  it("prints nothing and removes a leftover token once an active admin exists", async () => {
    await run();
    await createUser(db, { role: "ADMIN" });
    expect(await run()).toEqual({ setupUrl: null });
    expect(fs.existsSync(setupTokenPath(dataDir))).toBe(false);
  });
});
