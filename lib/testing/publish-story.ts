import crypto from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { transitionArticle } from "@/lib/server/articles/transition-article";
import { createArticle, createUser } from "@/prisma/factories";

/**
 * Test data for what readers see: a section, tags and Chinese credits
 * (`德州日報新媒體出品　記者｜王賀　編輯｜李榕`), published through the workflow by an
 * editor, so the live snapshot is the real thing. Unique slugs, so tests run side by side.
 */
export const unique = () => `${Date.now().toString(36)}${crypto.randomBytes(3).toString("hex")}`;

export async function createSection(db: PrismaClient, name = "測試版") {
  const id = unique();
  return db.section.create({
    data: { slug: `section-${id}`, name, nameEn: `Section ${id}`, description: `${name}的新聞` },
  });
}

export async function createTag(db: PrismaClient, name = "測試標籤") {
  return db.tag.create({ data: { slug: `tag-${unique()}`, name } });
}

export async function createNewsroom(db: PrismaClient) {
  const id = unique();
  const [reporter, editor] = await Promise.all([
    createUser(db, { role: "REPORTER" }),
    createUser(db, { role: "EDITOR" }),
  ]);
  const [wangHe, liRong, producer] = await Promise.all([
    db.contributor.create({ data: { name: "王賀", slug: `wang-he-${id}` } }),
    db.contributor.create({ data: { name: "李榕", slug: `li-rong-${id}` } }),
    db.contributor.create({
      data: { name: "德州日報新媒體", slug: `dezhou-${id}`, kind: "ORGANIZATION" },
    }),
  ]);
  return { reporter, editor, contributors: { wangHe, liRong, producer } };
}

type Newsroom = Awaited<ReturnType<typeof createNewsroom>>;

/** Publishes a new article with the newsroom's three credits; returns it with its live snapshot. */
export async function publishStory(
  db: PrismaClient,
  newsroom: Newsroom,
  options: {
    headline?: string;
    dek?: string | null;
    text?: string;
    sectionId?: string | null;
    tagIds?: string[];
    datelinePlace?: string | null;
  } = {},
) {
  const article = await createArticle(db, {
    createdById: newsroom.reporter.id,
    status: "APPROVED",
    ...(options.headline ? { headline: options.headline } : {}),
  });
  const { wangHe, liRong, producer } = newsroom.contributors;
  await db.article.update({
    where: { id: article.id },
    data: {
      dek: options.dek ?? null,
      sectionId: options.sectionId ?? null,
      datelinePlace: options.datelinePlace ?? "德州",
      body: {
        type: "doc",
        content: [
          { type: "paragraph", content: [{ type: "text", text: options.text ?? "測試正文。" }] },
        ],
      },
      tags: { create: (options.tagIds ?? []).map((tagId, position) => ({ tagId, position })) },
      bylines: {
        create: [
          { contributorId: producer.id, role: "PRODUCER", position: 0 },
          { contributorId: wangHe.id, role: "REPORTER", position: 1 },
          { contributorId: liRong.id, role: "EDITOR", position: 2 },
        ],
      },
    },
  });
  await transitionArticle({
    actor: { id: newsroom.editor.id, role: "EDITOR" },
    articleId: article.id,
    transition: "publish",
    version: article.version,
  });
  return db.article.findUniqueOrThrow({
    where: { id: article.id },
    include: { liveVersion: true },
  });
}

/** Takes a published article down through the workflow. */
export async function unpublishStory(
  db: PrismaClient,
  newsroom: Newsroom,
  article: { id: string },
) {
  const current = await db.article.findUniqueOrThrow({ where: { id: article.id } });
  await transitionArticle({
    actor: { id: newsroom.editor.id, role: "EDITOR" },
    articleId: article.id,
    transition: "unpublish",
    version: current.version,
  });
}

export const CREDIT_LINE = "德州日報新媒體出品　記者｜王賀　編輯｜李榕";
