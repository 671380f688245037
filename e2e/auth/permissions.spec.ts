import { expect, test } from "@playwright/test";
import { createArticle, createUser, FACTORY_PASSWORD } from "../../prisma/factories";
import { signIn } from "../fixtures/auth";
import { e2eBaseUrl } from "../fixtures/config";
import { e2eDb } from "../fixtures/db";

const db = e2eDb();
test.afterAll(() => db.$disconnect());

test.describe("[AUTH] the server refuses what the UI hides", () => {
  test("a reporter's crafted request to publish is refused, audited, and changes nothing", async ({
    page,
  }) => {
    const reporter = await createUser(db);
    const article = await createArticle(db, {
      createdById: reporter.id,
      status: "APPROVED",
      bylineUserIds: [reporter.id],
    });
    const before = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    await signIn(page, reporter.email, FACTORY_PASSWORD);

    const response = await page.request.post(`/api/v1/articles/${article.id}/transitions`, {
      headers: { origin: e2eBaseUrl },
      data: { transition: "publish", version: before.version },
    });
    expect(response.status()).toBe(403);
    expect(await response.json()).toEqual({
      error: "FORBIDDEN",
      message: "You do not have permission to do that.",
    });

    const after = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(after).toEqual(before);
    expect(await db.publishedVersion.count({ where: { articleId: article.id } })).toBe(0);
    expect(await db.workflowEvent.count({ where: { articleId: article.id } })).toBe(0);
    const audit = await db.auditLog.findFirst({
      where: { actorId: reporter.id, resourceId: article.id },
    });
    expect(audit).toMatchObject({ action: "article.publish", outcome: "DENIED" });
  });

  test("state-changing routes refuse requests from other origins and anonymous callers", async ({
    page,
    request,
  }) => {
    const editor = await createUser(db, { role: "EDITOR" });
    const article = await createArticle(db, { createdById: editor.id, status: "APPROVED" });
    await signIn(page, editor.email, FACTORY_PASSWORD);
    const crossSite = await page.request.post(`/api/v1/articles/${article.id}/transitions`, {
      headers: { origin: "https://evil.example" },
      data: { transition: "publish", version: article.version },
    });
    expect(crossSite.status()).toBe(403);
    const anonymous = await request.post(`/api/v1/articles/${article.id}/transitions`, {
      headers: { origin: e2eBaseUrl },
      data: { transition: "publish", version: article.version },
    });
    expect(anonymous.status()).toBe(401);
    const unknownField = await page.request.post(`/api/v1/articles/${article.id}/transitions`, {
      headers: { origin: e2eBaseUrl },
      data: { transition: "publish", version: article.version, status: "PUBLISHED" },
    });
    expect(unknownField.status()).toBe(400);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe(
      "APPROVED",
    );

    const allowed = await page.request.post(`/api/v1/articles/${article.id}/transitions`, {
      headers: { origin: e2eBaseUrl },
      data: { transition: "publish", version: article.version },
    });
    expect(allowed.status()).toBe(200);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe(
      "PUBLISHED",
    );
  });
});

test.describe("[AUTH] the audit log", () => {
  test("editors read refused attempts in the audit log; reporters cannot open it", async ({
    page,
  }) => {
    const reporter = await createUser(db);
    const article = await createArticle(db, { createdById: reporter.id, status: "APPROVED" });
    await signIn(page, reporter.email, FACTORY_PASSWORD);
    const refused = await page.request.post(`/api/v1/articles/${article.id}/transitions`, {
      headers: { origin: e2eBaseUrl },
      data: { transition: "approve", version: article.version },
    });
    expect(refused.status()).toBe(409); // an approved article cannot be approved again
    const publish = await page.request.post(`/api/v1/articles/${article.id}/transitions`, {
      headers: { origin: e2eBaseUrl },
      data: { transition: "publish", version: article.version },
    });
    expect(publish.status()).toBe(403);
    expect((await page.goto("/newsroom/audit"))?.status()).toBe(404);
    await page.goto("/newsroom");

    const editor = await createUser(db, { role: "EDITOR" });
    await page.getByRole("button", { name: "Sign out" }).click();
    // Signed out before signing in again (else /login sends the reporter back in).
    await expect(page).toHaveURL(/\/login$/);
    await signIn(page, editor.email, FACTORY_PASSWORD);
    await page
      .getByRole("navigation", { name: "Newsroom navigation" })
      .getByRole("link", { name: "Audit log" })
      .click();
    // What happened and to which story, in words: no permission codes, no article ids.
    const row = page
      .getByRole("row")
      .filter({ hasText: reporter.name })
      .filter({ hasText: article.headline });
    await expect(row.first()).toContainText("Published");
    await expect(row.first()).toContainText("Refused");
    await expect(row.first()).not.toContainText("article.publish");
    await expect(row.first()).not.toContainText(article.id);
  });
});
