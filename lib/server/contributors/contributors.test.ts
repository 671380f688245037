import { describe, expect, it } from "vitest";
import {
  ZCreateContributor,
  ZUpdateContributor,
  type TContributorFormInput,
} from "@/lib/schemas/contributors";
import {
  form,
  image,
  loadContributorCases as load,
  raw,
  refusal,
} from "@/lib/testing/contributors";

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

    // The photo is on their page and in JSON-LD: the library refuses to delete it.
    const { deleteMedia } = await import("../media/library");
    expect(await refusal(deleteMedia(editor, photo.id))).toMatchObject({
      code: "CONFLICT",
      reason: "isContributorPhoto",
      message: "This image is 王小明's photo; choose another photo in Contributors first.",
    });
    expect(await db.media.count({ where: { id: photo.id } })).toBe(1);
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

  it("gives the article's JSON-LD author the profile's jobTitle, image and sameAs", async () => {
    const { db, user, createNewsroom, publishStory, updateContributor } = await load();
    const { getPublishedArticle } = await import("@/lib/server/articles/get-published-article");
    const { newsArticleJsonLd } = await import("@/lib/server/reader/structured-data");
    const editor = await user("EDITOR");
    const newsroom = await createNewsroom(db);
    const story = await publishStory(db, newsroom);
    const { wangHe } = newsroom.contributors;
    const photo = await image(db);
    const jsonLd = async () =>
      newsArticleJsonLd((await getPublishedArticle(story.slug))!, "https://news.example", "/a");
    await jsonLd(); // cached before the edit
    await updateContributor(
      editor,
      ZUpdateContributor.parse({
        contributorId: wangHe.id,
        name: wangHe.name,
        slug: wangHe.slug,
        kind: "PERSON",
        jobTitle: "記者",
        photoId: photo.id,
        links: "https://weibo.com/wanghe",
      }),
    );
    expect((await jsonLd()).author).toEqual([
      {
        "@type": "Person",
        name: "王賀",
        url: `https://news.example/contributors/${wangHe.slug}`,
        jobTitle: "記者",
        image: `https://news.example/media/originals/${photo.checksum}.jpg`,
        sameAs: ["https://weibo.com/wanghe"],
      },
    ]);
  });
});
