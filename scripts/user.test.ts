import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDbClient } from "@/lib/db-client";
import { findFreePort } from "@/lib/runtime/port";
import { issueSetupToken, setupTokenPath } from "@/lib/runtime/setup-token";
import { createUser } from "@/prisma/factories";

const db = createDbClient(process.env.DATABASE_URL!);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "galley-user-cli-"));
afterAll(async () => {
  await db.$disconnect();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function runUser(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/user.ts", ...args],
    {
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: process.env.DATABASE_URL,
        GALLEY_DATA_DIR: dataDir,
        GALLEY_PUBLIC_URL: "https://news.example.com",
        ...env,
      } as unknown as NodeJS.ProcessEnv,
      encoding: "utf8",
      timeout: 60_000,
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

const uniqueEmail = () => `cli-${crypto.randomBytes(4).toString("hex")}@example.test`;
const LINK = /^https:\/\/news\.example\.com\/reset-password\/[\w-]{40,}$/m;

/** One sentence on stderr, exit code 1, and no stack trace. */
function expectRefusal(result: ReturnType<typeof runUser>, sentence: RegExp) {
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(sentence);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stdout).toBe("");
}

describe("npm run user", () => {
  it("creates an account and prints a one-time link to set its password", async () => {
    const email = uniqueEmail();
    const result = runUser(["create", "--email", email, "--name", "王賀", "--role", "editor"]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Created the editor account ${email}.`);
    expect(result.stdout).toMatch(LINK);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ name: "王賀", role: "EDITOR", isActive: true, passwordHash: "!" });
    expect(await db.passwordResetToken.count({ where: { userId: user.id } })).toBe(1);
    expect(
      await db.auditLog.findFirst({ where: { resourceId: user.id, action: "user.manage" } }),
    ).toMatchObject({ actorId: null, details: { change: "create", via: "command-line" } });
  });

  it("creates a proofreader", async () => {
    const email = uniqueEmail();
    const result = runUser(["create", "--email", email, "--name", "校對", "--role", "proofreader"]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Created the proofreader account ${email}.`);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).role).toBe("PROOFREADER");
  });

  it("creating an admin spends a pending setup link", async () => {
    issueSetupToken(dataDir);
    const email = uniqueEmail();
    const result = runUser(["create", "--email", email, "--name", "Chief", "--role", "ADMIN"]);
    expect(result.status, result.stderr).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).role).toBe("ADMIN");
    expect(fs.existsSync(setupTokenPath(dataDir))).toBe(false);
  });

  it("prints a new link for an existing account, and refuses an unknown email", async () => {
    const user = await createUser(db, { role: "ADMIN" });
    const before = user.passwordHash;
    const result = runUser(["reset-password", "--email", user.email.toUpperCase()]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`for ${user.email}`);
    expect(result.stdout).toMatch(LINK);
    // The old password keeps working until the link is used.
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(before);

    expectRefusal(
      runUser(["reset-password", "--email", "nobody@example.test"]),
      /^Galley: There is no account with the email nobody@example\.test\.$/,
    );
  });

  it("refuses a duplicate email and an unknown role, writing nothing", async () => {
    const existing = await createUser(db, { role: "REPORTER" });
    const chief = uniqueEmail();
    expectRefusal(
      runUser(["create", "--email", existing.email, "--name", "Dup", "--role", "editor"]),
      /^Galley: Someone already has an account with that email\.$/,
    );
    expectRefusal(
      runUser(["create", "--email", chief, "--name", "X", "--role", "chief"]),
      /^Galley: Unknown role “chief”: use admin, editor, proofreader or reporter\.$/,
    );
    expectRefusal(
      runUser(["create", "--email", "not-an-email", "--name", "X", "--role", "editor"]),
      /^Galley: --email: Enter a valid email address\.$/,
    );
    // Counted by the addresses tried: other test files add people to the shared database.
    expect(
      await db.user.count({ where: { email: { in: [existing.email, chief, "not-an-email"] } } }),
    ).toBe(1);
    expect(await db.user.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({
      name: existing.name,
      role: "REPORTER",
    });
  });

  it("prints the usage for missing arguments or an unknown command", () => {
    for (const args of [[], ["create", "--email", "a@example.test"], ["delete"], ["--bogus"]]) {
      const result = runUser(args);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^Usage: npm run user -- create --email EMAIL/);
    }
  });

  it("says so when the database cannot be reached", async () => {
    const closedPort = await findFreePort();
    expectRefusal(
      runUser(["reset-password", "--email", "a@example.test"], {
        DATABASE_URL: `postgresql://galley@127.0.0.1:${closedPort}/galley`,
      }),
      /^Galley: Cannot reach PostgreSQL at 127\.0\.0\.1:\d+\/galley: the connection was refused/,
    );
  });
});
