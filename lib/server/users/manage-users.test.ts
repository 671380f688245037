import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort } from "@/lib/runtime/port";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import type { AppError } from "@/lib/errors";

// This file counts admins, so it gets a database of its own (set before lib/db is first used).
let database: TestDatabase;
let smtp: SMTPServer;
const inbox: Array<{ to: string; raw: string }> = [];

beforeAll(async () => {
  database = await createTestDatabase(process.env.TEST_SERVER_URL!);
  process.env.DATABASE_URL = database.url;
  const port = await findFreePort();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString()));
      stream.on("end", () => {
        inbox.push({ to: session.envelope.rcptTo.map((r) => r.address).join(","), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(port, "127.0.0.1", resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.GALLEY_PUBLIC_URL = "https://news.example.com";
});
afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await database.drop();
});

const code = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (error: AppError) => error.code,
  );

describe("managing users", async () => {
  const { db } = await import("@/lib/db");
  const { createUser, updateUser, issueResetLink } = await import("./manage-users");
  const factories = await import("@/prisma/factories");

  it("creates an account with a one-time link, shown to the admin and mailed when SMTP is set", async () => {
    const admin = await factories.createUser(db, { role: "ADMIN" });
    const result = await createUser(
      { id: admin.id, role: "ADMIN" },
      { name: "孫曉", email: "sun.xiao@example.test", role: "REPORTER" },
    );
    expect(result.link).toMatch(/^https:\/\/news\.example\.com\/reset-password\/[\w-]{40,}$/);
    expect(result.mailed).toBe(true);
    const mail = inbox.find((message) => message.to === "sun.xiao@example.test");
    expect(mail?.raw.replace(/=\r?\n/g, "")).toContain(result.link);
    const user = await db.user.findUniqueOrThrow({ where: { email: "sun.xiao@example.test" } });
    expect(user).toMatchObject({ role: "REPORTER", isActive: true, passwordHash: "!" });
    // Only the token's hash is stored.
    const token = result.link.split("/").at(-1)!;
    expect(JSON.stringify(await db.passwordResetToken.findMany())).not.toContain(token);
  });

  it("refuses a duplicate email and an editor creating accounts, writing nothing", async () => {
    const admin = await factories.createUser(db, { role: "ADMIN" });
    const editor = await factories.createUser(db, { role: "EDITOR" });
    const before = await db.user.count();
    expect(
      await code(
        createUser(
          { id: admin.id, role: "ADMIN" },
          { name: "Dup", email: "sun.xiao@example.test", role: "EDITOR" },
        ),
      ),
    ).toBe("EMAIL_TAKEN");
    expect(
      await code(
        createUser(
          { id: editor.id, role: "EDITOR" },
          { name: "X", email: "x@example.test", role: "ADMIN" },
        ),
      ),
    ).toBe("FORBIDDEN");
    expect(await code(issueResetLink({ id: editor.id, role: "EDITOR" }, admin.id))).toBe(
      "FORBIDDEN",
    );
    expect(await db.user.count()).toBe(before);
    expect(
      await db.auditLog.count({
        where: { actorId: editor.id, outcome: "DENIED", action: "user.manage" },
      }),
    ).toBe(2);
  });

  it("keeps at least one active admin, also when two admins demote each other at once", async () => {
    await db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "EDITOR" } });
    const a = await factories.createUser(db, { role: "ADMIN" });
    const b = await factories.createUser(db, { role: "ADMIN" });
    const results = await Promise.all([
      code(updateUser({ id: a.id, role: "ADMIN" }, { userId: b.id, role: "REPORTER" })),
      code(updateUser({ id: b.id, role: "ADMIN" }, { userId: a.id, role: "REPORTER" })),
    ]);
    expect(results.sort()).toEqual(["LAST_ADMIN", "resolved"]);
    expect(await db.user.count({ where: { role: "ADMIN", isActive: true } })).toBe(1);
    const [survivor] = await db.user.findMany({ where: { role: "ADMIN" } });
    expect(
      await code(
        updateUser({ id: survivor!.id, role: "ADMIN" }, { userId: survivor!.id, isActive: false }),
      ),
    ).toBe("LAST_ADMIN");
  });

  it("a role change keeps the session; deactivation ends it", async () => {
    const admin = await db.user.findFirstOrThrow({ where: { role: "ADMIN", isActive: true } });
    const user = await factories.createUser(db);
    await updateUser({ id: admin.id, role: "ADMIN" }, { userId: user.id, role: "EDITOR" });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      role: "EDITOR",
      sessionVersion: 1,
    });
    await updateUser({ id: admin.id, role: "ADMIN" }, { userId: user.id, isActive: false });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      isActive: false,
      sessionVersion: 2,
    });
  });

  it("takes the proofreader role as the users page's forms send it, and refuses an unknown one", async () => {
    const { ZCreateUser, ZUpdateUser } = await import("@/lib/schemas/users");
    const admin = await db.user.findFirstOrThrow({ where: { role: "ADMIN", isActive: true } });
    const asAdmin = { id: admin.id, role: "ADMIN" as const };
    const email = `proof-${Date.now()}@example.test`;
    const input = ZCreateUser.parse({ name: "校對 甲", email, role: "PROOFREADER" });
    await createUser(asAdmin, input);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).role).toBe("PROOFREADER");

    const editor = await factories.createUser(db, { role: "EDITOR" });
    await updateUser(asAdmin, ZUpdateUser.parse({ userId: editor.id, role: "PROOFREADER" }));
    expect((await db.user.findUniqueOrThrow({ where: { id: editor.id } })).role).toBe(
      "PROOFREADER",
    );
    const refused = ZUpdateUser.safeParse({ userId: editor.id, role: "CHIEF" });
    expect(refused.success).toBe(false);
    expect((await db.user.findUniqueOrThrow({ where: { id: editor.id } })).role).toBe(
      "PROOFREADER",
    );
  });
});
