import crypto from "node:crypto";
import type { ArticleStatus, PrismaClient, Role } from "../../lib/generated/prisma/client";
import { hashPassword } from "../../lib/auth/password";
import { emptyArticleFields, type TArticleFields } from "../../lib/schemas/article-fields";

/**
 * Test data with unique emails and slugs, so tests run in parallel and survive a
 * crashed run. Shared by vitest integration tests and Playwright specs.
 */
const unique = () => `${Date.now().toString(36)}-${crypto.randomBytes(3).toString("hex")}`;
export const FACTORY_PASSWORD = "factory-password-123";
let cachedHash: Promise<string> | undefined;

export async function createUser(
  db: PrismaClient,
  options: { role?: Role; name?: string; email?: string; isActive?: boolean } = {},
) {
  cachedHash ??= hashPassword(FACTORY_PASSWORD);
  const id = unique();
  return db.user.create({
    data: {
      email: options.email ?? `user-${id}@example.test`,
      name: options.name ?? `Test ${options.role ?? "REPORTER"} ${id}`,
      role: options.role ?? "REPORTER",
      isActive: options.isActive ?? true,
      passwordHash: await cachedHash,
    },
  });
}

export async function createArticle(
  db: PrismaClient,
  options: {
    createdById: string;
    status?: ArticleStatus;
    headline?: string;
    bylineUserIds?: string[];
    sectionId?: string | null;
    /** A story in review: the chain it copied (e.g. SAN_SHEN_SAN_JIAO) and its stage's index. */
    reviewChain?: unknown[];
    reviewStage?: number;
    statusChangedAt?: Date;
    dueAt?: Date | null;
    /** "LIVE": live coverage, which takes updates once published. */
    kind?: "STORY" | "LIVE";
  },
) {
  const id = unique();
  const contributors = await Promise.all(
    (options.bylineUserIds ?? []).map((userId) =>
      db.contributor.upsert({
        where: { userId },
        update: {},
        create: {
          userId,
          name: `Contributor ${userId.slice(0, 8)}`,
          slug: `contributor-${userId}`,
        },
      }),
    ),
  );
  return db.article.create({
    data: {
      headline: options.headline ?? `測試稿件 ${id}`,
      slug: `test-${id}`,
      status: options.status ?? "DRAFT",
      kind: options.kind ?? "STORY",
      body: {
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: "測試正文。" }] }],
      },
      createdById: options.createdById,
      sectionId: options.sectionId ?? null,
      ...(options.reviewChain ? { reviewChain: options.reviewChain as object[] } : {}),
      reviewStage: options.reviewStage ?? null,
      ...(options.statusChangedAt ? { statusChangedAt: options.statusChangedAt } : {}),
      dueAt: options.dueAt ?? null,
      bylines: {
        create: contributors.map((contributor, position) => ({
          contributorId: contributor.id,
          role: "REPORTER",
          position,
        })),
      },
    },
  });
}

/** A one-paragraph body, as the editor stores it. */
export function paragraphDoc(text: string) {
  return { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] };
}

/** The editor's fields for a save (PUT /api/v1/articles/:id or saveArticle), nothing optional set. */
export function articleFields(
  slug: string,
  overrides: Partial<TArticleFields> = {},
): TArticleFields {
  return emptyArticleFields({
    headline: "測試稿件",
    slug,
    body: paragraphDoc("正文。"),
    ...overrides,
  });
}

/** A planned item (or, with `status: "PITCHED"`, a pitch) for `day` ("2026-12-07"). */
export async function createPlanItem(
  db: PrismaClient,
  options: {
    pitchedById: string;
    day: string;
    headline?: string;
    sectionId?: string | null;
    status?: "PITCHED" | "DECLINED" | "PLANNED" | "SPIKED";
    expectedLength?: number | null;
    lengthUnit?: "CHARACTERS" | "WORDS";
    articleId?: string | null;
    eventId?: string | null;
    webSlot?: string | null;
    printPage?: string | null;
  },
) {
  return db.planItem.create({
    data: {
      headline: options.headline ?? `Plan ${unique()}`,
      day: new Date(`${options.day}T00:00:00Z`),
      sectionId: options.sectionId ?? null,
      status: options.status ?? "PLANNED",
      expectedLength: options.expectedLength ?? null,
      lengthUnit: options.lengthUnit ?? "CHARACTERS",
      needs: [],
      pitchedById: options.pitchedById,
      articleId: options.articleId ?? null,
      eventId: options.eventId ?? null,
      webSlot: options.webSlot ?? null,
      printPage: options.printPage ?? null,
    },
  });
}

/** One person on a planned item; `deadline` defaults to a day from now. */
export async function createAssignment(
  db: PrismaClient,
  options: {
    planItemId: string;
    userId: string;
    assignedById: string;
    role?: "REPORTER" | "PHOTOGRAPHER" | "VIDEOGRAPHER" | "EDITOR" | "WRITER";
    status?: "PENDING" | "ACCEPTED" | "DECLINED" | "WITHDRAWN";
    deadline?: Date;
  },
) {
  return db.assignment.create({
    data: {
      planItemId: options.planItemId,
      userId: options.userId,
      assignedById: options.assignedById,
      role: options.role ?? "REPORTER",
      status: options.status ?? "PENDING",
      deadline: options.deadline ?? new Date(Date.now() + 86_400_000),
    },
  });
}
