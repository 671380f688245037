import crypto from "node:crypto";
import { redirect } from "next/navigation";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZContributorCreate } from "@/lib/schemas/article-actions";
import { ZImportPreview } from "@/lib/schemas/import";
import { ZCreateUser } from "@/lib/schemas/users";
import { createContributor } from "@/lib/server/contributors/create-contributor";
import { createUser as createUserCase } from "@/lib/server/users/manage-users";
import { createUser } from "@/prisma/factories";
import type { SessionUser } from "../auth/get-session-user";
import { runAction, type ActionHost, type ArgumentShape } from "./run-action";

afterAll(() => db.$disconnect());

/** The host as Next gives it, with the signed-in person chosen by the test. */
function host(user: SessionUser | null) {
  const revalidated: string[] = [];
  const value: ActionHost = {
    currentUser: async () => user,
    clientIp: async () => "203.0.113.9",
    revalidatePath: (path) => void revalidated.push(path),
  };
  return { host: value, revalidated };
}

async function person(role: "REPORTER" | "EDITOR" | "ADMIN"): Promise<SessionUser> {
  const row = await createUser(db, { role });
  return { id: row.id, name: row.name, email: row.email, role, locale: null };
}

const form = (entries: Array<[string, string | Blob]>) => {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
};

describe("runAction", () => {
  it("runs the use-case as the signed-in person and revalidates what it changed", async () => {
    const editor = await person("EDITOR");
    const { host: h, revalidated } = host(editor);
    const name = `通訊員 ${crypto.randomUUID().slice(0, 6)}`;
    const { result } = await runAction(
      {
        input: ZContributorCreate,
        run: (input, { actor }) => createContributor(actor, input),
        revalidate: () => ["/newsroom/contributors"],
      },
      "input",
      [{ name, kind: "PERSON" }],
      h,
    );
    expect(result).toMatchObject({ ok: true, data: { name, kind: "PERSON" } });
    expect(await db.contributor.count({ where: { name } })).toBe(1);
    expect(revalidated).toEqual(["/newsroom/contributors"]);
  });

  it("refuses a signed-out caller before reading the input, and writes nothing", async () => {
    // Other test files share the database and add contributors at the same time: count
    // only the name this call would have written.
    const name = `無名 ${crypto.randomUUID().slice(0, 6)}`;
    let ran = false;
    const { result } = await runAction(
      {
        input: ZContributorCreate,
        run: async () => {
          ran = true;
        },
      },
      "input",
      [{ name, kind: "PERSON" }],
      host(null).host,
    );
    expect(result).toEqual({
      ok: false,
      code: "UNAUTHENTICATED",
      message: "Please sign in again.",
    });
    expect(ran).toBe(false);
    expect(await db.contributor.count({ where: { name } })).toBe(0);
  });

  it("answers zod's issues as field errors beside each field, and writes nothing", async () => {
    const admin = await person("ADMIN");
    const { result, raw } = await runAction(
      { input: ZCreateUser, run: (input, { actor }) => createUserCase(actor, input) },
      "form-state",
      [
        null,
        form([
          ["name", "  "],
          ["email", "not-an-email"],
          ["role", "REPORTER"],
        ]),
      ],
      host(admin).host,
    );
    expect(result).toEqual({
      ok: false,
      code: "INVALID_INPUT",
      message: "Some fields are missing or not valid.",
      fieldErrors: { name: ["Enter a name."], email: ["Enter a valid email address."] },
    });
    expect(raw).toEqual({ name: "  ", email: "not-an-email", role: "REPORTER" });
    // Counted by the address tried: other test files add people to the shared database.
    expect(await db.user.count({ where: { email: "not-an-email" } })).toBe(0);
  });

  it("maps an AppError to its code and sentence, with only the details the action names", async () => {
    const reporter = await person("REPORTER");
    const email = `new-${crypto.randomUUID()}@example.test`;
    const { result } = await runAction(
      { input: ZCreateUser, run: (input, { actor }) => createUserCase(actor, input) },
      "form-state",
      [
        null,
        form([
          ["name", "新同事"],
          ["email", email],
          ["role", "EDITOR"],
        ]),
      ],
      host(reporter).host,
    );
    expect(result).toEqual({
      ok: false,
      code: "FORBIDDEN",
      message: "You do not have permission to do that.",
    });
    expect(await db.user.count({ where: { email } })).toBe(0);
    // The refusal is on the record, as every refusal is.
    expect(
      await db.auditLog.count({
        where: { actorId: reporter.id, action: "user.manage", outcome: "DENIED" },
      }),
    ).toBe(1);

    const detailed = await runAction(
      {
        input: ZContributorCreate,
        details: ["reason", "image"],
        echo: ["name"],
        run: async () => {
          throw new AppError("CONFLICT", "Used elsewhere.", {
            reason: "inUse",
            articles: ["a", "b"],
            field: "name",
            secret: "x",
          });
        },
      },
      "input",
      [{ name: "圖片", kind: "PERSON" }],
      host(reporter).host,
    );
    expect(detailed.result).toEqual({
      ok: false,
      code: "CONFLICT",
      message: "Used elsewhere.",
      fieldErrors: { name: ["Used elsewhere."] },
      details: { reason: "inUse", name: "圖片" },
    });
  });

  it("answers INTERNAL for a bug and UNAVAILABLE for a database away, and throws Next's redirect on", async () => {
    const editor = await person("EDITOR");
    const failing = (error: unknown) =>
      runAction(
        {
          input: ZContributorCreate,
          run: async () => {
            throw error;
          },
        },
        "input",
        [{ name: "x", kind: "PERSON" }],
        host(editor).host,
      );
    expect((await failing(new TypeError("x is undefined"))).result).toMatchObject({
      ok: false,
      code: "INTERNAL",
    });
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), {
      code: "ECONNREFUSED",
    });
    expect((await failing(refused)).result).toMatchObject({ ok: false, code: "UNAVAILABLE" });
    let thrown: unknown;
    try {
      redirect("/newsroom");
    } catch (error) {
      thrown = error;
    }
    await expect(failing(thrown)).rejects.toBe(thrown);
  });

  it("reads a form's own fields only, and keeps a chosen file as a File", async () => {
    const editor = await person("EDITOR");
    const file = new File(["德州訊"], "story.txt", { type: "text/plain" });
    let seen: unknown;
    const { result } = await runAction(
      {
        input: ZImportPreview,
        run: async (input) => {
          seen = input;
        },
      },
      "form-state",
      [
        null,
        form([
          ["$ACTION_ID_abc", ""],
          ["file", file],
          ["annotations", "keep"],
        ]),
      ],
      host(editor).host,
    );
    expect(result.ok).toBe(true);
    expect(seen).toEqual({ text: "", file, annotations: "keep" });
  });
});

describe("hostile arguments", () => {
  const WRONG: unknown[] = [
    undefined,
    null,
    0,
    -1,
    1e308,
    true,
    "",
    "長".repeat(100_000),
    [],
    ["a", 1, null],
    {},
    { $where: "1" },
    { __proto__: { role: "ADMIN" } },
    new Blob([Buffer.from([0xff, 0xfe])]),
    new FormData(),
  ];

  it("answers a refusal, never throws, and writes nothing for wrong arity, types and blobs", async () => {
    const editor = await person("EDITOR");
    const { host: h, revalidated } = host(editor);
    // Every name below carries this mark, so a leaked write is counted even while other
    // test files add contributors to the shared database.
    const mark = crypto.randomUUID().slice(0, 8);
    const shapes: ArgumentShape[] = ["input", "form", "form-state"];
    const argumentLists: unknown[][] = [
      [],
      ...WRONG.map((value) => [value]),
      ...WRONG.map((value) => [null, value]),
      [
        null,
        form([
          ["name", new Blob([`\u0000${mark}`])],
          ["kind", "PERSON"],
        ]),
      ],
      [
        form([
          ["name", mark + "x".repeat(101)],
          ["kind", "PERSON"],
        ]),
      ],
      [{ name: mark, kind: "PERSON", createdById: "someone" }],
      [{ name: { wrong: "x" }, kind: "PERSON" }],
      [{ name: mark, kind: "ADMIN" }],
    ];
    let calls = 0;
    for (const shape of shapes) {
      for (const args of argumentLists) {
        const { result } = await runAction(
          { input: ZContributorCreate, run: (input, { actor }) => createContributor(actor, input) },
          shape,
          args,
          h,
        );
        calls++;
        expect(result, `${shape} ${JSON.stringify(args).slice(0, 80)}`).toMatchObject({
          ok: false,
          code: "INVALID_INPUT",
        });
      }
    }
    expect(calls).toBe(3 * (1 + 2 * WRONG.length + 5));
    expect(revalidated).toEqual([]);
    expect(await db.contributor.count({ where: { name: { contains: mark } } })).toBe(0);
  });
});
