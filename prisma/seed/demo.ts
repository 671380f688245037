import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { hashPassword } from "../../lib/auth/password";
import { renderDocToHtml } from "../../lib/content/render-html";
import { emptyArticleFields } from "../../lib/schemas/article-fields";
import { indexPublishedVersion } from "../../lib/server/search/search-vector";
import {
  DEMO_ACCOUNTS,
  DEMO_CONTRIBUTORS,
  DEMO_PASSWORD,
  DEMO_PUBLICATION,
  DEMO_SECTIONS,
  DEMO_TAGS,
} from "./demo-data";
import { seedLiveCoverage } from "./demo-live";
import { seedPlanning } from "./demo-planning";
import { buildSampleArticle } from "./sample-article";
import { CHAIN_TEMPLATES } from "../../lib/workflow/review-chain";
import { RECOMMENDED_CHECKS } from "../../lib/content/publish-checks";

/**
 * Seeds the demo newsroom. Every row is created only if missing, so seeding twice
 * creates no duplicates and never overwrites what the newsroom has since changed.
 */
export async function seedSections(db: PrismaClient): Promise<void> {
  for (const section of DEMO_SECTIONS) {
    const { slug, name, nameEn, position } = section;
    const chain = "chain" in section ? CHAIN_TEMPLATES[section.chain] : undefined;
    const checks = "checks" in section ? RECOMMENDED_CHECKS : undefined;
    await db.section.upsert({
      where: { slug },
      update: {},
      create: {
        slug,
        name,
        nameEn,
        position,
        ...(chain ? { reviewChain: chain } : {}),
        ...(checks ? { publishChecks: checks } : {}),
      },
    });
  }
}

async function seedPeople(db: PrismaClient): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    await db.user.upsert({
      where: { email: account.email },
      update: {},
      create: { email: account.email, name: account.name, role: account.role, passwordHash },
    });
  }
  for (const account of DEMO_ACCOUNTS) {
    if (!("heads" in account)) continue;
    const [user, section] = await Promise.all([
      db.user.findUniqueOrThrow({ where: { email: account.email } }),
      db.section.findUniqueOrThrow({ where: { slug: account.heads } }),
    ]);
    await db.sectionHead.upsert({
      where: { sectionId_userId: { sectionId: section.id, userId: user.id } },
      update: {},
      create: { sectionId: section.id, userId: user.id },
    });
  }
  for (const contributor of DEMO_CONTRIBUTORS) {
    const account = DEMO_ACCOUNTS.find(
      (candidate) => candidate.contributorSlug === contributor.slug,
    );
    const user = account ? await db.user.findUnique({ where: { email: account.email } }) : null;
    await db.contributor.upsert({
      where: { slug: contributor.slug },
      update: {},
      create: { ...contributor, ...(user ? { userId: user.id } : {}) },
    });
  }
  for (const tag of DEMO_TAGS) {
    await db.tag.upsert({ where: { slug: tag.slug }, update: {}, create: tag });
  }
}

async function seedSampleArticle(db: PrismaClient): Promise<void> {
  const sample = buildSampleArticle();
  const slug = sample.slugBase;
  if (await db.article.findUnique({ where: { slug }, select: { id: true } })) return;

  const [reporter, editor, section, tags] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { email: "wang.he@example.com" } }),
    db.user.findUniqueOrThrow({ where: { email: "li.rong@example.com" } }),
    db.section.findUniqueOrThrow({ where: { slug: "news" } }),
    db.tag.findMany({ where: { slug: { in: DEMO_TAGS.map((tag) => tag.slug) } } }),
  ]);
  const contributors = await db.contributor.findMany({
    where: { name: { in: sample.credits.map((c) => c.name) } },
  });
  const bylines = sample.credits.map((credit, position) => {
    const contributor = contributors.find((candidate) => candidate.name === credit.name);
    if (!contributor)
      throw new Error(`The sample credits ${credit.name}, who is not a demo contributor.`);
    return { contributor, role: credit.role, position };
  });
  const snapshotBylines = bylines.map(({ contributor, role }) => ({
    contributorId: contributor.id,
    name: contributor.name,
    slug: contributor.slug,
    kind: contributor.kind,
    role,
  }));
  const body = sample.doc as unknown as Prisma.InputJsonValue;
  const common = {
    headline: sample.headline,
    dek: sample.dek,
    slug,
    language: "zh_Hant" as const,
    datelinePlace: sample.datelinePlace,
    datelineDate: sample.datelineDate,
    sectionId: section.id,
  };

  await db.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        ...common,
        body,
        status: "PUBLISHED",
        statusChangedAt: sample.publishedAt,
        publishedAt: sample.publishedAt,
        createdById: reporter.id,
        tags: { create: tags.map((tag, position) => ({ tagId: tag.id, position })) },
        bylines: {
          create: bylines.map(({ contributor, role, position }) => ({
            contributorId: contributor.id,
            role,
            position,
          })),
        },
      },
    });
    const live = await tx.publishedVersion.create({
      data: {
        ...common,
        articleId: article.id,
        number: 1,
        tagIds: tags.map((tag) => tag.id),
        contributorIds: snapshotBylines.map((byline) => byline.contributorId),
        bylines: snapshotBylines,
        body,
        bodyHtml: renderDocToHtml(sample.doc),
        publishedAt: sample.publishedAt,
        createdById: editor.id,
        sourceVersion: article.version,
      },
    });
    await tx.article.update({ where: { id: article.id }, data: { liveVersionId: live.id } });
    // Published without the workflow's transition, so it gets its search document here.
    await indexPublishedVersion(tx, live);
    await tx.revision.create({
      data: {
        articleId: article.id,
        version: article.version,
        kind: "SEED",
        reason: "Imported from the Dezhou Daily sample with the desk's repairs",
        // The same shape the editor saves (TArticleFields), so History can compare and restore it.
        snapshot: emptyArticleFields({
          headline: common.headline,
          dek: common.dek,
          slug,
          sectionId: section.id,
          tagIds: tags.map((tag) => tag.id),
          language: "zh-Hant",
          datelinePlace: common.datelinePlace,
          datelineDate: "2020-02-12",
          bylines: bylines.map(({ contributor, role }) => ({
            contributorId: contributor.id,
            role,
          })),
          body,
        }) as Prisma.InputJsonValue,
        authorId: reporter.id,
        createdAt: sample.publishedAt,
      },
    });
    await tx.workflowEvent.create({
      data: {
        articleId: article.id,
        fromStatus: null,
        toStatus: "PUBLISHED",
        actorId: editor.id,
        note: "Demo content",
        createdAt: sample.publishedAt,
      },
    });
  });
}

/**
 * Names the demo paper, only while the settings were never saved (version 0, as their
 * migration made them): an admin's own settings are never overwritten by a later seed.
 */
export async function seedPublication(db: PrismaClient): Promise<void> {
  await db.publication.updateMany({ where: { id: 1, version: 0 }, data: DEMO_PUBLICATION });
}

/** The whole demo newsroom: the paper's name, sections, accounts, contributors, tags, the sample article and a day's planning. */
export async function seedDemo(db: PrismaClient): Promise<void> {
  await seedPublication(db);
  await seedSections(db);
  await seedPeople(db);
  await seedSampleArticle(db);
  await seedPlanning(db);
  await seedLiveCoverage(db);
}
