import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { AppError } from "@/lib/errors";
import { ZUpdateReviewChain } from "@/lib/schemas/review-chain";
import type { Actor } from "@/lib/workflow/permissions";
import {
  COPY_DESK_SLOT,
  DEFAULT_CHAIN,
  SAN_SHEN_SAN_JIAO,
  type ReviewChain,
} from "@/lib/workflow/review-chain";
import { createArticle, createUser } from "@/prisma/factories";
import { getReviewChain } from "./get-review-chain";
import { updateReviewChain } from "./update-review-chain";

afterAll(() => db.$disconnect());

const actor = async (role: Actor["role"], name?: string): Promise<Actor> => {
  const user = await createUser(db, { role, ...(name ? { name } : {}) });
  return { id: user.id, role };
};
const section = () =>
  db.section.create({
    data: { slug: `chain-${randomUUID()}`, name: "本地", nameEn: "Local" },
  });
/** The save as the browser sends it, through the action's own schema. */
const input = (sectionId: string, version: number, chain: unknown) =>
  ZUpdateReviewChain.parse({ sectionId, version, chain });
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: AppError) => ({ code: error.code, ...error.details, message: error.message }),
  );
const stored = (id: string) =>
  db.section.findUniqueOrThrow({
    where: { id },
    select: { reviewChain: true, reviewChainVersion: true },
  });

describe("review chains", () => {
  it("an admin saves a chain: stored, version bumped, audited with the section", async () => {
    const admin = await actor("ADMIN");
    const { id, slug } = await section();
    const page = await getReviewChain(admin, slug);
    expect(page).toMatchObject({ isDefault: true, chain: DEFAULT_CHAIN, version: 1, inReview: 0 });
    const saved = await updateReviewChain(admin, input(id, 1, SAN_SHEN_SAN_JIAO));
    expect(saved).toEqual({ version: 2, isDefault: false, slug });
    expect(await stored(id)).toEqual({ reviewChain: SAN_SHEN_SAN_JIAO, reviewChainVersion: 2 });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { actorId: admin.id, action: "review.manage", outcome: "ALLOWED" },
    });
    expect(audit).toMatchObject({ resourceType: "section", resourceId: id });
    expect(audit.details).toMatchObject({ step: "review-manage", section: slug, version: 2 });
    // The default single review again: stored as null, so the section follows the default.
    await updateReviewChain(admin, input(id, 2, DEFAULT_CHAIN));
    expect(await stored(id)).toEqual({ reviewChain: null, reviewChainVersion: 3 });
    expect((await getReviewChain(admin, slug)).isDefault).toBe(true);
  });

  it("refuses an editor (audited) and writes nothing", async () => {
    const editor = await actor("EDITOR");
    const { id, slug } = await section();
    expect(await refusal(updateReviewChain(editor, input(id, 1, COPY_DESK_SLOT)))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await refusal(getReviewChain(editor, slug))).toMatchObject({ code: "FORBIDDEN" });
    expect(await stored(id)).toEqual({ reviewChain: null, reviewChainVersion: 1 });
    expect(
      await db.auditLog.count({
        where: { actorId: editor.id, action: "review.manage", outcome: "DENIED", resourceId: id },
      }),
    ).toBe(1);
  });

  it("refuses a save based on an older version, naming who saved and when; nothing written", async () => {
    const first = await actor("ADMIN", `先存者 ${randomUUID().slice(0, 6)}`);
    const second = await actor("ADMIN");
    const { id } = await section();
    await updateReviewChain(first, input(id, 1, SAN_SHEN_SAN_JIAO));
    const stale = await refusal(updateReviewChain(second, input(id, 1, COPY_DESK_SLOT)));
    expect(stale).toMatchObject({ code: "CONFLICT", reason: "stale" });
    const { by, at, message } = stale as unknown as { by: string; at: string; message: string };
    expect(by).toMatch(/^先存者/);
    expect(at).toMatch(/^\d{2}:\d{2}$/);
    expect(message).toBe(
      `${by} saved this section's review chain at ${at} after you opened it; your changes were not saved. Reload the page to see theirs.`,
    );
    expect(await stored(id)).toEqual({ reviewChain: SAN_SHEN_SAN_JIAO, reviewChainVersion: 2 });
  });

  it("refuses invalid chains with a sentence, and writes nothing", async () => {
    const { id } = await section();
    const parse = (chain: unknown) =>
      ZUpdateReviewChain.safeParse({ sectionId: id, version: 1, chain });
    const issues = (chain: unknown) =>
      parse(chain).error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    const [first] = SAN_SHEN_SAN_JIAO as [ReviewChain[number]];
    expect(issues([])).toEqual([["chain", "A chain needs at least one stage."]]);
    expect(issues(Array.from({ length: 13 }, (_, i) => ({ ...first, key: `s${i}` })))).toEqual([
      ["chain", "A chain has at most 12 stages."],
    ]);
    expect(
      issues([
        {
          ...first,
          roles: [],
          deskHeads: false,
          userIds: [],
          name: { ...first.name, en: "Check" },
        },
      ]),
    ).toEqual([
      [
        "chain.0.who",
        "No one may pass the stage “Check”; choose a role, the desk heads or a person.",
      ],
    ]);
    expect(issues([first, { ...first, name: { ...first.name, hans: " " } }])).toEqual([
      ["chain.1.name.hans", "Enter the stage's name in Simplified script."],
      ["chain.1.key", "Two stages share the key “first-review”; each stage needs its own."],
    ]);
    expect(issues([{ ...first, roles: ["REPORTER"] }])).toEqual([
      [
        "chain.0.roles",
        "Reporters cannot pass a review stage; choose editors, proofreaders or admins.",
      ],
    ]);
    expect(issues([{ ...first, kind: "edit" }])?.[0]).toEqual([
      "chain.0.kind",
      "Choose review or proofreading round.",
    ]);
    expect(issues([{ ...first, name: { ...first.name, en: "x".repeat(31) } }])?.[0]).toEqual([
      "chain.0.name.en",
      "Keep the stage's name under 30 characters.",
    ]);
    expect(parse([{ ...first, extra: 1 }]).success).toBe(false);
    expect(await stored(id)).toEqual({ reviewChain: null, reviewChainVersion: 1 });
  });

  it("refuses a named person who is unknown, inactive or a reporter; nothing written", async () => {
    const admin = await actor("ADMIN");
    const { id } = await section();
    const gone = await createUser(db, {
      role: "EDITOR",
      isActive: false,
      name: `離職 ${randomUUID()}`,
    });
    const reporter = await createUser(db, { role: "REPORTER" });
    const proofreader = await createUser(db, { role: "PROOFREADER" });
    const naming = (userIds: string[]) => [
      { ...COPY_DESK_SLOT[0]!, userIds: [proofreader.id] },
      { ...COPY_DESK_SLOT[1]!, userIds },
    ];
    const inactive = await refusal(updateReviewChain(admin, input(id, 1, naming([gone.id]))));
    expect(inactive).toMatchObject({
      code: "INVALID_INPUT",
      reason: "personNotActive",
      field: "chain.1.userIds",
      person: gone.name,
      message: `${gone.name} cannot pass “Slot”: name only active editors, proofreaders and admins.`,
    });
    const unknown = await refusal(updateReviewChain(admin, input(id, 1, naming([randomUUID()]))));
    expect(unknown).toMatchObject({ reason: "personNotActive", person: "" });
    const notReviewer = await refusal(
      updateReviewChain(admin, input(id, 1, naming([reporter.id]))),
    );
    expect(notReviewer).toMatchObject({ reason: "personNotActive", person: reporter.name });
    expect(await stored(id)).toEqual({ reviewChain: null, reviewChainVersion: 1 });
    // An active proofreader may be named.
    await updateReviewChain(admin, input(id, 1, naming([proofreader.id])));
    expect((await stored(id)).reviewChainVersion).toBe(2);
  });

  it("a story in review keeps the chain it was submitted under; the page counts it", async () => {
    const admin = await actor("ADMIN");
    const reporter = await createUser(db);
    const { id, slug } = await section();
    const story = await createArticle(db, { createdById: reporter.id });
    await db.article.update({
      where: { id: story.id },
      data: { sectionId: id, status: "SUBMITTED", reviewChain: SAN_SHEN_SAN_JIAO, reviewStage: 2 },
    });
    await updateReviewChain(admin, input(id, 1, COPY_DESK_SLOT));
    const after = await db.article.findUniqueOrThrow({
      where: { id: story.id },
      select: { reviewChain: true, reviewStage: true, status: true },
    });
    expect(after).toEqual({ reviewChain: SAN_SHEN_SAN_JIAO, reviewStage: 2, status: "SUBMITTED" });
    const page = await getReviewChain(admin, slug);
    expect(page).toMatchObject({
      chain: COPY_DESK_SLOT,
      isDefault: false,
      version: 2,
      inReview: 1,
    });
  });
});
