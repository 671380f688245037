import { afterAll, describe, expect, it } from "vitest";
import { RECOMMENDED_CHECKS } from "@/lib/content/publish-checks";
import { newSuggestionId } from "@/lib/content/suggestion-marks";
import { db } from "@/lib/db";
import {
  approvedWith,
  createMedia,
  doc,
  image,
  paragraph,
  refusal,
} from "@/lib/testing/article-images";
import { createArticle, createUser } from "@/prisma/factories";
import { assertPublishChecks } from "./publish-checks";
import { transitionArticle } from "./transition-article";

afterAll(() => db.$disconnect());

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

async function sectionWith(publishChecks: unknown) {
  const id = unique();
  return db.section.create({
    data: {
      slug: `checks-${id}`,
      name: `檢查${id}`,
      nameEn: `Checks ${id}`,
      publishChecks: publishChecks as object,
    },
  });
}

/** An approved story in the section that fails every check it can. */
async function failingStory(sectionId: string) {
  const media = await createMedia({ caption: "市政府大樓" });
  const { article, editor } = await approvedWith(
    doc(paragraph("各級黨委?府要強化屬地責任"), image(media.id), {
      type: "paragraph",
      content: [
        {
          type: "text",
          text: "補充一句。",
          marks: [{ type: "insertion", attrs: { id: newSuggestionId(crypto.randomUUID()) } }],
        },
      ],
    }),
  );
  const updated = await db.article.update({
    where: { id: article.id },
    data: {
      sectionId,
      dek: "",
      headline: "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三",
    },
  });
  const comment = await db.comment.create({
    data: {
      articleId: article.id,
      authorId: editor.id,
      body: "Check this name.",
      anchor: { markId: crypto.randomUUID(), quote: "各級" },
    },
  });
  return { article: updated, editor, media, comment };
}

async function expectUnpublished(articleId: string, version: number) {
  const after = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  expect(after).toMatchObject({
    status: "APPROVED",
    version,
    liveVersionId: null,
    scheduledAt: null,
  });
  expect(await db.publishedVersion.count({ where: { articleId } })).toBe(0);
}

describe("the section's pre-publish checklist", () => {
  it("refuses publishing with one sentence naming every failing item, and publishes nothing", async () => {
    const section = await sectionWith(RECOMMENDED_CHECKS);
    const { article, editor, media } = await failingStory(section.id);
    const error = await refusal(
      transitionArticle({
        actor: editor,
        articleId: article.id,
        transition: "publish",
        version: article.version,
      }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe(
      "This story cannot be published until these checks pass: " +
        "Image alt text (“市政府大樓”); No damage spots from import (1 found); " +
        "No unresolved inline comments (1 found); No suggestions waiting (1 found); " +
        "Headline length (33 of 30 characters); " +
        "Dek present; At least one byline.",
    );
    expect(error.details).toMatchObject({
      reason: "checksFailed",
      failing: ["altText", "damage", "comments", "suggestions", "headlineLength", "dek", "byline"],
      checks: "altText,damage,comments,suggestions,headlineLength,dek,byline",
      image: "市政府大樓",
      mediaId: media.id,
      field: "body",
    });
    await expectUnpublished(article.id, article.version);
  });

  it("refuses scheduling too, and publishes once every item is fixed", async () => {
    const section = await sectionWith({ checks: ["dek", "byline", "comments"], headlineLimit: 30 });
    const { article, editor, comment } = await failingStory(section.id);
    const scheduling = await refusal(
      transitionArticle({
        actor: editor,
        articleId: article.id,
        transition: "schedule",
        version: article.version,
        scheduledAt: new Date(Date.now() + 3_600_000),
      }),
    );
    expect(scheduling.details).toMatchObject({ failing: ["comments", "dek", "byline"] });
    await expectUnpublished(article.id, article.version);

    const reporter = await createUser(db);
    const contributor = await db.contributor.create({
      data: { name: "王賀", slug: `wang-${unique()}`, userId: reporter.id },
    });
    await db.byline.create({
      data: { articleId: article.id, contributorId: contributor.id, role: "REPORTER", position: 0 },
    });
    await db.comment.update({ where: { id: comment.id }, data: { resolvedAt: new Date() } });
    await db.article.update({ where: { id: article.id }, data: { dek: "議會下週審議" } });
    const published = await transitionArticle({
      actor: editor,
      articleId: article.id,
      transition: "publish",
      version: article.version,
    });
    expect(published.status).toBe("PUBLISHED");
    expect(await db.publishedVersion.count({ where: { articleId: article.id } })).toBe(1);
  });

  it("keeps today's altMissing refusal when alt text is the only failing item", async () => {
    const section = await sectionWith({ checks: ["altText", "dek"], headlineLimit: 30 });
    const media = await createMedia({ caption: "封面" });
    const { article, editor } = await approvedWith(doc(paragraph("正文")), media.id);
    await db.article.update({
      where: { id: article.id },
      data: { sectionId: section.id, dek: "導語" },
    });
    const error = await refusal(
      transitionArticle({
        actor: editor,
        articleId: article.id,
        transition: "publish",
        version: article.version,
      }),
    );
    expect(error.message).toBe("The image “封面” has no alt text: add it before publishing.");
    expect(error.details).toMatchObject({ reason: "altMissing", image: "封面", field: "featured" });
  });

  it("checks the stages unless publish-now waives them; the other checks still apply", async () => {
    const section = await sectionWith({ checks: ["stages", "dek", "section"], headlineLimit: 30 });
    const reporter = await createUser(db);
    const draft = await createArticle(db, { createdById: reporter.id, status: "SUBMITTED" });
    await db.article.update({ where: { id: draft.id }, data: { sectionId: section.id } });
    const publishing = await refusal(
      assertPublishChecks(draft.id, { transition: "publish", waiveStages: false }),
    );
    expect(publishing.message).toBe(
      "This story cannot be published until these checks pass: Dek present; All review stages passed.",
    );
    const now = await refusal(
      assertPublishChecks(draft.id, { transition: "publish-now", waiveStages: true }),
    );
    expect(now.details).toMatchObject({ failing: ["dek"] });
    await db.article.update({ where: { id: draft.id }, data: { dek: "導語" } });
    await expect(
      assertPublishChecks(draft.id, { transition: "publish-now", waiveStages: true }),
    ).resolves.toBeUndefined();
    // Moves that do not reach readers are not checked at all.
    await expect(
      assertPublishChecks(draft.id, { transition: "approve", waiveStages: false }),
    ).resolves.toBeUndefined();
  });

  it("reads junk in the column as generously as it can", async () => {
    const section = await sectionWith({ checks: ["dek", "nonsense", 42], headlineLimit: "long" });
    const reporter = await createUser(db);
    const story = await createArticle(db, { createdById: reporter.id, status: "APPROVED" });
    await db.article.update({ where: { id: story.id }, data: { sectionId: section.id } });
    const error = await refusal(
      assertPublishChecks(story.id, { transition: "publish", waiveStages: false }),
    );
    expect(error.details).toMatchObject({ failing: ["dek"] });
  });
});
