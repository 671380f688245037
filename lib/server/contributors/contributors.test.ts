import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import type { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import {
  ZCreateContributor,
  ZUpdateContributor,
  type TContributorFormInput,
} from "@/lib/schemas/contributors";
import type { Actor } from "@/lib/workflow/permissions";

const load = async () => {
  const { db } = await import("@/lib/db");
  const { createUser } = await import("@/prisma/factories");
  const { createNewsroom, publishStory } = await import("@/lib/testing/publish-story");
  const { createContributorProfile } = await import("./create-contributor-profile");
  const { updateContributor } = await import("./update-contributor");
  const { mergeContributor } = await import("./merge-contributor");
  const { deleteContributor } = await import("./delete-contributor");
  const { listContributorsForAdmin } = await import("./list-contributors");
  const { findContributor, findContributorRedirect } = await import("../reader/lookups");
  const user = async (role: Actor["role"]) => {
    const { id } = await createUser(db, { role });
    return { id, role } satisfies Actor;
  };
  return {
    db,
    user,
    createNewsroom,
    publishStory,
    createContributorProfile,
    updateContributor,
    mergeContributor,
    deleteContributor,
    listContributorsForAdmin,
    findContributor,
    findContributorRedirect,
  };
};

const tag = () => crypto.randomBytes(4).toString("hex");
/** A profile form as the browser sends it, with a name and slug no other test uses. */
function raw(fields: Partial<TContributorFormInput> = {}): TContributorFormInput {
  const id = tag();
  return { name: `陳大文${id}`, slug: `chen-${id}`, kind: "PERSON", ...fields };
}
const form = (fields: Partial<TContributorFormInput> = {}) => ZCreateContributor.parse(raw(fields));

async function image(db: PrismaClient, mimeType = "image/jpeg") {
  const checksum = crypto.randomBytes(32).toString("hex");
  return db.media.create({
    data: {
      checksum,
      storageKey: `originals/${checksum}.jpg`,
      mimeType,
      sizeBytes: 1,
      width: 400,
      height: 400,
    },
  });
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: AppError) => ({ code: error.code, ...error.details, message: error.message }),
  );

describe("contributor profiles", () => {
  it("saves a whole profile (title, bio, photo, links, user), audited, and readers see it", async () => {
    const { db, user, createContributorProfile, updateContributor, findContributor } = await load();
    const editor = await user("EDITOR");
    const account = await user("REPORTER");
    const photo = await image(db);
    const made = await createContributorProfile(editor, form({ name: "王小明" }));
    await findContributor(made.slug); // cached before the edit
    await updateContributor(
      editor,
      ZUpdateContributor.parse({
        contributorId: made.id,
        name: "王小明",
        slug: made.slug,
        kind: "PERSON",
        jobTitle: " 記者 ",
        bio: "政治組記者，跑立法院。",
        photoId: photo.id,
        links: "https://weibo.com/wang\n\nhttps://x.com/wang\nhttps://x.com/wang",
        userId: account.id,
      }),
    );
    expect(await db.contributor.findUniqueOrThrow({ where: { id: made.id } })).toMatchObject({
      jobTitle: "記者",
      bio: "政治組記者，跑立法院。",
      photoId: photo.id,
      links: ["https://weibo.com/wang", "https://x.com/wang"],
      userId: account.id,
    });
    expect(await findContributor(made.slug)).toMatchObject({
      jobTitle: "記者",
      links: ["https://weibo.com/wang", "https://x.com/wang"],
      photo: { url: expect.stringContaining(photo.checksum), width: 400, height: 400 },
    });
    expect(
      await db.auditLog.count({
        where: { actorId: editor.id, action: "contributor.manage", outcome: "ALLOWED" },
      }),
    ).toBe(2);
  });

  it("renames: the old slug answers as a redirect, no one else may take it; renaming back frees it", async () => {
    const { user, createContributorProfile, updateContributor, findContributorRedirect } =
      await load();
    const editor = await user("EDITOR");
    const made = await createContributorProfile(editor, form());
    const renamed = `${made.slug}-new`;
    const base = { contributorId: made.id, name: "陳大文", kind: "PERSON" as const };
    await updateContributor(editor, ZUpdateContributor.parse({ ...base, slug: renamed }));
    expect(await findContributorRedirect(made.slug)).toBe(renamed);
    expect(
      await refusal(createContributorProfile(editor, form({ slug: made.slug }))),
    ).toMatchObject({ code: "CONFLICT", reason: "slugTaken", field: "slug" });
    await updateContributor(editor, ZUpdateContributor.parse({ ...base, slug: made.slug }));
    expect(await findContributorRedirect(made.slug)).toBeNull();
    expect(await findContributorRedirect(renamed)).toBe(made.slug);
  });

  it("refuses bad input with one sentence on its field, and writes nothing", async () => {
    const { db, user, createContributorProfile, updateContributor } = await load();
    const editor = await user("EDITOR");
    const other = await createContributorProfile(editor, form());
    const made = await createContributorProfile(editor, form());
    const before = await db.contributor.findUniqueOrThrow({ where: { id: made.id } });
    const update = (fields: Partial<TContributorFormInput>) =>
      refusal(
        updateContributor(
          editor,
          ZUpdateContributor.parse({ ...raw(fields), contributorId: made.id }),
        ),
      );
    expect(await update({ slug: other.slug })).toMatchObject({
      reason: "slugTaken",
      field: "slug",
    });
    expect(await update({ slug: "★ ☆ !!" })).toMatchObject({
      code: "INVALID_INPUT",
      reason: "slugEmpty",
      field: "slug",
    });
    const video = await image(db, "video/mp4");
    expect(await update({ photoId: video.id })).toMatchObject({
      reason: "photoNotImage",
      field: "photoId",
      message: "That photo is not an image in the media library.",
    });
    expect(await update({ photoId: crypto.randomUUID() })).toMatchObject({
      reason: "photoNotImage",
    });
    const linked = await user("REPORTER");
    await db.contributor.update({ where: { id: other.id }, data: { userId: linked.id } });
    expect(await update({ userId: linked.id })).toMatchObject({
      reason: "userTaken",
      field: "userId",
    });
    expect(await db.contributor.findUniqueOrThrow({ where: { id: made.id } })).toEqual(before);
    // The schema's own refusals: an empty name, a link that is not an http(s) address.
    const name = ZCreateContributor.safeParse({ name: "  ", kind: "PERSON" });
    expect(name.error?.issues[0]?.message).toBe("Enter the contributor's name.");
    const link = ZCreateContributor.safeParse({
      name: "x",
      kind: "PERSON",
      links: "javascript:alert(1)",
    });
    expect(link.error?.issues[0]).toMatchObject({
      path: ["links"],
      message: "Write each link as a full address starting with https://, one a line.",
    });
  });

  it("merges a duplicate: bylines move without doubles, published ones follow, the old address redirects", async () => {
    const { db, user, createNewsroom, publishStory, mergeContributor, findContributorRedirect } =
      await load();
    const editor = await user("EDITOR");
    const newsroom = await createNewsroom(db);
    const kept = newsroom.contributors.wangHe;
    const duplicate = await db.contributor.create({
      data: { name: "王賀", slug: `wang-he-2-${tag()}` },
    });
    const account = await user("REPORTER");
    await db.contributor.update({ where: { id: duplicate.id }, data: { userId: account.id } });
    // One story credits both as reporter (a double once merged), another only the duplicate.
    const both = await publishStory(db, newsroom);
    await db.byline.create({
      data: { articleId: both.id, contributorId: duplicate.id, role: "REPORTER", position: 3 },
    });
    const only = await publishStory(db, newsroom);
    await db.byline.update({
      where: {
        articleId_contributorId_role: {
          articleId: only.id,
          contributorId: kept.id,
          role: "REPORTER",
        },
      },
      data: { contributorId: duplicate.id },
    });
    await db.publishedVersion.update({
      where: { id: only.liveVersionId! },
      data: {
        contributorIds: [
          newsroom.contributors.producer.id,
          duplicate.id,
          newsroom.contributors.liRong.id,
        ],
        bylines: [
          {
            contributorId: duplicate.id,
            name: "王賀",
            slug: duplicate.slug,
            kind: "PERSON",
            role: "REPORTER",
          },
        ],
      },
    });

    expect(
      await mergeContributor(editor, { contributorId: duplicate.id, targetSlug: kept.slug }),
    ).toEqual({
      slug: kept.slug,
      moved: 1,
    });
    expect(await db.contributor.findUnique({ where: { id: duplicate.id } })).toBeNull();
    const reporters = await db.byline.findMany({
      where: { articleId: { in: [both.id, only.id] }, role: "REPORTER" },
    });
    expect(reporters.map((byline) => byline.contributorId)).toEqual([kept.id, kept.id]);
    const live = await db.publishedVersion.findUniqueOrThrow({
      where: { id: only.liveVersionId! },
    });
    expect(live.contributorIds).toEqual([
      newsroom.contributors.producer.id,
      kept.id,
      newsroom.contributors.liRong.id,
    ]);
    expect(live.bylines).toEqual([
      {
        contributorId: kept.id,
        name: kept.name,
        slug: kept.slug,
        kind: "PERSON",
        role: "REPORTER",
      },
    ]);
    expect(await findContributorRedirect(duplicate.slug)).toBe(kept.slug);
    // The account moves to the profile kept (which had none).
    expect(await db.contributor.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({
      userId: account.id,
    });
  });

  it("refuses to merge a contributor into itself, or into an address no one answers at", async () => {
    const { db, user, createContributorProfile, mergeContributor } = await load();
    const editor = await user("EDITOR");
    const made = await createContributorProfile(editor, form());
    expect(
      await refusal(mergeContributor(editor, { contributorId: made.id, targetSlug: made.slug })),
    ).toMatchObject({ code: "INVALID_INPUT", reason: "mergeIntoItself", field: "targetSlug" });
    expect(
      await refusal(
        mergeContributor(editor, { contributorId: made.id, targetSlug: `nobody-${tag()}` }),
      ),
    ).toMatchObject({ reason: "mergeTargetMissing", field: "targetSlug" });
    expect(await db.contributor.findUnique({ where: { id: made.id } })).not.toBeNull();
  });

  it("deletes a contributor with no bylines; with bylines it is refused with their number", async () => {
    const { db, user, createNewsroom, publishStory, createContributorProfile, deleteContributor } =
      await load();
    const editor = await user("EDITOR");
    const newsroom = await createNewsroom(db);
    await publishStory(db, newsroom);
    await publishStory(db, newsroom);
    const { wangHe } = newsroom.contributors;
    expect(await refusal(deleteContributor(editor, { contributorId: wangHe.id }))).toMatchObject({
      code: "CONFLICT",
      reason: "contributorHasBylines",
      count: 2,
      message: "This contributor has 2 bylines; merge them into another contributor instead.",
    });
    expect(await db.contributor.findUnique({ where: { id: wangHe.id } })).not.toBeNull();
    const empty = await createContributorProfile(editor, form());
    await deleteContributor(editor, { contributorId: empty.id });
    expect(await db.contributor.findUnique({ where: { id: empty.id } })).toBeNull();
  });

  it("refuses a reporter (audited) for every change and the list, and writes nothing", async () => {
    const {
      db,
      user,
      createContributorProfile,
      updateContributor,
      mergeContributor,
      deleteContributor,
      listContributorsForAdmin,
    } = await load();
    const reporter = await user("REPORTER");
    const admin = await user("ADMIN");
    const made = await createContributorProfile(admin, form());
    const other = await createContributorProfile(admin, form());
    const before = await db.contributor.findUniqueOrThrow({ where: { id: made.id } });
    const attempts = [
      () => listContributorsForAdmin(reporter, {}),
      () => createContributorProfile(reporter, form()),
      () =>
        updateContributor(reporter, ZUpdateContributor.parse({ ...raw(), contributorId: made.id })),
      () => mergeContributor(reporter, { contributorId: made.id, targetSlug: other.slug }),
      () => deleteContributor(reporter, { contributorId: made.id }),
    ];
    for (const attempt of attempts)
      expect(await refusal(attempt())).toMatchObject({ code: "FORBIDDEN" });
    expect(await db.contributor.findUniqueOrThrow({ where: { id: made.id } })).toEqual(before);
    expect(
      await db.auditLog.count({
        where: { actorId: reporter.id, action: "contributor.manage", outcome: "DENIED" },
      }),
    ).toBe(5);
  });

  it("lists contributors by name, searched, with their byline count and linked user", async () => {
    const { db, user, createNewsroom, publishStory, listContributorsForAdmin } = await load();
    const editor = await user("EDITOR");
    const newsroom = await createNewsroom(db);
    await publishStory(db, newsroom);
    const page = await listContributorsForAdmin(editor, { q: newsroom.contributors.wangHe.slug });
    expect(page.rows).toEqual([
      expect.objectContaining({
        id: newsroom.contributors.wangHe.id,
        bylineCount: 1,
        userName: null,
      }),
    ]);
    expect(page).toMatchObject({ total: 1, page: 1, pages: 1 });
  });
});
