import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPreviewToken } from "@/lib/security/preview-token";
import { createArticle, createUser } from "@/prisma/factories";
import { getSharedPreview } from "./get-preview";
import { createPreviewLink, listPreviewLinks, revokePreviewLink } from "./preview-links";

afterAll(() => db.$disconnect());

async function expectRefusal(promise: Promise<unknown>, code: AppError["code"]) {
  await expect(promise).rejects.toSatisfy(
    (error) => error instanceof AppError && error.code === code,
  );
}

async function editorAndArticle() {
  const reporter = await createUser(db);
  const editor = await createUser(db, { role: "EDITOR" });
  const article = await createArticle(db, {
    createdById: reporter.id,
    status: "SUBMITTED",
    bylineUserIds: [reporter.id],
  });
  return { reporter, editor, article, actor: { id: editor.id, role: "EDITOR" as const } };
}

describe("share preview links", () => {
  it("opens the working copy signed out, and stores only the token's hash", async () => {
    const { actor, article } = await editorAndArticle();
    await db.article.update({
      where: { id: article.id },
      data: {
        headline: "工作稿標題",
        body: {
          type: "doc",
          content: [{ type: "paragraph", content: [{ type: "text", text: "尚未發布的正文。" }] }],
        },
      },
    });
    const link = await createPreviewLink(actor, article.id);
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const hours = (link.expiresAt.getTime() - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(47.9);
    expect(hours).toBeLessThanOrEqual(48);

    const stored = await db.previewLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(stored.tokenHash).toBe(hashPreviewToken(link.token));
    expect(JSON.stringify(stored)).not.toContain(link.token);

    const preview = await getSharedPreview(link.token);
    expect(preview).toMatchObject({ headline: "工作稿標題", publishedAt: null, corrections: [] });
    expect(preview?.bodyHtml).toBe("<p>尚未發布的正文。</p>");
    expect(preview?.credits).toEqual([expect.objectContaining({ role: "REPORTER" })]);
    expect((await listPreviewLinks(actor, article.id)).links.map((row) => row.id)).toEqual([
      link.id,
    ]);
  });

  it("stops opening once revoked or expired, and a made-up token opens nothing", async () => {
    const { actor, article } = await editorAndArticle();
    const revoked = await createPreviewLink(actor, article.id);
    const expired = await createPreviewLink(actor, article.id);
    await revokePreviewLink(actor, article.id, revoked.id);
    await db.previewLink.update({
      where: { id: expired.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await getSharedPreview(revoked.token)).toBeNull();
    expect(await getSharedPreview(expired.token)).toBeNull();
    expect(await getSharedPreview("x".repeat(43))).toBeNull();
    expect(await getSharedPreview("not a token")).toBeNull();
    expect((await listPreviewLinks(actor, article.id)).links).toEqual([]);
  });

  it("a reporter cannot share someone else's article: not found, and nothing is written", async () => {
    const { article } = await editorAndArticle();
    const stranger = await createUser(db);
    const actor = { id: stranger.id, role: "REPORTER" as const };
    await expectRefusal(createPreviewLink(actor, article.id), "NOT_FOUND");
    expect(await db.previewLink.count({ where: { articleId: article.id } })).toBe(0);
    expect(await listPreviewLinks(actor, article.id)).toEqual({ canShare: false, links: [] });
  });

  it("a reporter whose own article is in review may not share it (no longer editable): forbidden and audited", async () => {
    const { reporter, article } = await editorAndArticle();
    const actor = { id: reporter.id, role: "REPORTER" as const };
    await expectRefusal(createPreviewLink(actor, article.id), "FORBIDDEN");
    expect(await db.previewLink.count({ where: { articleId: article.id } })).toBe(0);
    expect(
      await db.auditLog.findFirst({ where: { actorId: reporter.id, resourceId: article.id } }),
    ).toMatchObject({ action: "article.share-preview", outcome: "DENIED" });
  });

  it("revoking a link of another article is not found and revokes nothing", async () => {
    const { actor, article } = await editorAndArticle();
    const other = await editorAndArticle();
    const link = await createPreviewLink(actor, article.id);
    await expectRefusal(revokePreviewLink(actor, other.article.id, link.id), "NOT_FOUND");
    expect(await getSharedPreview(link.token)).not.toBeNull();
  });
});
