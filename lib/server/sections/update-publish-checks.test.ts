import { afterAll, describe, expect, it } from "vitest";
import { ALT_TEXT_ONLY, RECOMMENDED_CHECKS } from "@/lib/content/publish-checks";
import { db } from "@/lib/db";
import type { AppError } from "@/lib/errors";
import { ZPublishChecksForm, type TPublishChecksInput } from "@/lib/schemas/publish-checks";
import type { Actor } from "@/lib/workflow/permissions";
import { createUser } from "@/prisma/factories";
import { runAction, type ActionHost } from "../actions/run-action";
import { getPublishChecksPage } from "./get-publish-checks";
import { updatePublishChecks } from "./update-publish-checks";

afterAll(() => db.$disconnect());

const person = async (role: Actor["role"]) => {
  const row = await createUser(db, { role });
  return { actor: { id: row.id, role } satisfies Actor, row };
};

async function section() {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return db.section.create({ data: { slug: `pc-${id}`, name: `清單${id}`, nameEn: `List ${id}` } });
}

const stored = (id: string) =>
  db.section.findUniqueOrThrow({
    where: { id },
    select: { publishChecks: true, reviewChainVersion: true },
  });

const refused = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: AppError) => error,
  );

describe("updatePublishChecks", () => {
  it("saves the checks and limit for an admin, bumps the version and records it", async () => {
    const { actor } = await person("ADMIN");
    const { id, slug } = await section();
    const saved = await updatePublishChecks(actor, {
      sectionId: id,
      version: 1,
      checks: ["headlineLength", "dek"],
      headlineLimit: 24,
    });
    expect(saved).toEqual({ version: 2 });
    expect(await stored(id)).toEqual({
      publishChecks: { checks: ["headlineLength", "dek"], headlineLimit: 24 },
      reviewChainVersion: 2,
    });
    expect((await getPublishChecksPage(actor, slug)).config).toEqual({
      checks: ["headlineLength", "dek"],
      headlineLimit: 24,
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { actorId: actor.id, action: "review.manage", outcome: "ALLOWED", resourceId: id },
    });
    expect(audit.details).toMatchObject({ step: "review-manage", change: "publish-checks" });
  });

  it("refuses editors and reporters, audited, and hides the page from them", async () => {
    const { id, slug } = await section();
    for (const role of ["EDITOR", "REPORTER", "PROOFREADER"] as const) {
      const { actor } = await person(role);
      const error = await refused(
        updatePublishChecks(actor, { ...RECOMMENDED_CHECKS, sectionId: id, version: 1 }),
      );
      expect(error.code).toBe("FORBIDDEN");
      const audit = await db.auditLog.findFirstOrThrow({
        where: { actorId: actor.id, action: "review.manage", outcome: "DENIED" },
      });
      expect(audit).toMatchObject({ resourceId: id, details: { step: "review-manage" } });
      expect((await refused(getPublishChecksPage(actor, slug))).code).toBe("NOT_FOUND");
    }
    expect(await stored(id)).toEqual({ publishChecks: null, reviewChainVersion: 1 });
  });

  it("refuses a save from a page loaded before someone else's, changing nothing", async () => {
    const { actor } = await person("ADMIN");
    const { id } = await section();
    await updatePublishChecks(actor, { ...RECOMMENDED_CHECKS, sectionId: id, version: 1 });
    const error = await refused(
      updatePublishChecks(actor, { ...ALT_TEXT_ONLY, sectionId: id, version: 1 }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe(
      "Someone changed this section's checks or review chain since you opened the page; reload to see them.",
    );
    expect(error.details).toEqual({ reason: "stale" });
    expect(await stored(id)).toEqual({ publishChecks: RECOMMENDED_CHECKS, reviewChainVersion: 2 });
    const missing = await refused(
      updatePublishChecks(actor, { ...ALT_TEXT_ONLY, sectionId: crypto.randomUUID(), version: 1 }),
    );
    expect(missing.code).toBe("NOT_FOUND");
  });

  it("refuses bad input with a sentence by field, writing nothing", async () => {
    const { row } = await person("ADMIN");
    const { id } = await section();
    const host: ActionHost = {
      currentUser: async () => ({ ...row, role: "ADMIN", locale: null }),
      clientIp: async () => null,
      revalidatePath: () => undefined,
    };
    const spec = {
      input: ZPublishChecksForm,
      run: (input: Parameters<typeof updatePublishChecks>[1], { actor }: { actor: Actor }) =>
        updatePublishChecks(actor, input),
    };
    const send = async (input: Partial<Record<keyof TPublishChecksInput, unknown>>) =>
      (
        await runAction(
          spec,
          "input",
          [{ sectionId: id, version: 1, checks: ["dek"], headlineLimit: 30, ...input }],
          host,
        )
      ).result;
    expect(await send({ headlineLimit: 2 })).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { headlineLimit: ["Enter a headline limit from 5 to 200 characters."] },
    });
    expect(await send({ headlineLimit: Number.NaN })).toMatchObject({
      fieldErrors: { headlineLimit: ["Enter a headline limit from 5 to 200 characters."] },
    });
    expect(await send({ checks: ["dek", "<script>"] })).toMatchObject({
      // The unknown one is named by its place in the list.
      fieldErrors: { "checks.1": ["Choose checks from the list."] },
    });
    expect(await send({ checks: "dek" })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await stored(id)).toEqual({ publishChecks: null, reviewChainVersion: 1 });
    expect(await send({ checks: ["stages", "dek", "dek"] })).toEqual({
      ok: true,
      data: { version: 2 },
    });
    expect((await stored(id)).publishChecks).toEqual({
      checks: ["dek", "stages"],
      headlineLimit: 30,
    });
  });
});
