import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { issueSetupToken, setupTokenPath } from "@/lib/runtime/setup-token";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import type { AppError } from "@/lib/errors";

// This file needs a database with no admin, so it gets its own (set before lib/db is first used).
let database: TestDatabase;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "galley-setup-test-"));

beforeAll(async () => {
  database = await createTestDatabase(process.env.TEST_SERVER_URL!);
  process.env.DATABASE_URL = database.url;
  process.env.GALLEY_DATA_DIR = dataDir;
});
afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await database.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => ({ code: "resolved", reason: undefined as unknown }),
    (error: AppError) => ({ code: error.code, reason: error.details?.reason }),
  );

describe("the first admin from the setup token", async () => {
  const { db } = await import("@/lib/db");
  const { createFirstAdmin, isSetupOpen } = await import("./create-first-admin");
  const { verifyPassword } = await import("@/lib/auth/password");
  const input = (token: string, email = "chief@example.test") => ({
    token,
    name: "周敏",
    email,
    password: "a-long-password-1",
  });

  beforeEach(async () => {
    await db.auditLog.deleteMany();
    await db.passwordResetToken.deleteMany();
    await db.user.deleteMany();
  });

  it("keeps the token in a 0600 file and opens /setup only with it", async () => {
    const token = issueSetupToken(dataDir);
    expect(fs.statSync(setupTokenPath(dataDir)).mode & 0o777).toBe(0o600);
    expect(await isSetupOpen(token)).toBe(true);
    expect(await isSetupOpen(`${token}x`)).toBe(false);
    expect(await isSetupOpen(undefined)).toBe(false);
    expect(await isSetupOpen("")).toBe(false);
  });

  it("creates an active admin with an argon2 hash, spends the token and audits it", async () => {
    const token = issueSetupToken(dataDir);
    const created = await createFirstAdmin(input(token), "203.0.113.5");
    const user = await db.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(user).toMatchObject({ role: "ADMIN", isActive: true, email: "chief@example.test" });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash, "a-long-password-1")).toBe(true);
    expect(fs.existsSync(setupTokenPath(dataDir))).toBe(false);
    expect(await isSetupOpen(token)).toBe(false);
    expect(
      await db.auditLog.findFirst({ where: { resourceId: created.id, outcome: "ALLOWED" } }),
    ).toMatchObject({ actorId: created.id, action: "user.manage", ip: "203.0.113.5" });
  });

  it("refuses a wrong token and a used one with one sentence, writing no account", async () => {
    const token = issueSetupToken(dataDir);
    expect(await refusal(createFirstAdmin(input("not-the-token")))).toEqual({
      code: "INVALID_TOKEN",
      reason: "setupToken",
    });
    expect(await db.user.count()).toBe(0);
    expect(fs.existsSync(setupTokenPath(dataDir))).toBe(true); // a wrong guess spends nothing
    expect(await db.auditLog.count({ where: { outcome: "DENIED" } })).toBe(1);

    await createFirstAdmin(input(token));
    // The same link again: an admin exists now, which is what the person needs to hear.
    expect(await refusal(createFirstAdmin(input(token, "second@example.test")))).toEqual({
      code: "CONFLICT",
      reason: "adminExists",
    });
    expect(await db.user.count()).toBe(1);
  });

  it("refuses once an active admin exists, even with a fresh token", async () => {
    const factories = await import("@/prisma/factories");
    await factories.createUser(db, { role: "ADMIN" });
    const token = issueSetupToken(dataDir);
    expect(await isSetupOpen(token)).toBe(false);
    expect(await refusal(createFirstAdmin(input(token)))).toMatchObject({ code: "CONFLICT" });
    expect(await db.user.count({ where: { email: "chief@example.test" } })).toBe(0);
  });

  it("lets exactly one of two racing submissions through; the other is told an admin exists", async () => {
    const token = issueSetupToken(dataDir);
    const results = await Promise.all([
      refusal(createFirstAdmin(input(token, "first@example.test"))),
      refusal(createFirstAdmin(input(token, "second@example.test"))),
    ]);
    expect(results.map((r) => r.code).sort()).toEqual(["CONFLICT", "resolved"]);
    expect(results.find((r) => r.code === "CONFLICT")?.reason).toBe("adminExists");
    expect(await db.user.count()).toBe(1);
    expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(1);
  });

  it("refuses an email someone already has, creating nothing and keeping the token", async () => {
    const factories = await import("@/prisma/factories");
    await factories.createUser(db, { role: "REPORTER", email: "taken@example.test" });
    const token = issueSetupToken(dataDir);
    expect(await refusal(createFirstAdmin(input(token, "taken@example.test")))).toMatchObject({
      code: "EMAIL_TAKEN",
    });
    expect(await db.user.count()).toBe(1);
    expect(await isSetupOpen(token)).toBe(true);
  });
});
