import { expect, test } from "@playwright/test";
import { createArticle, createUser, FACTORY_PASSWORD } from "../../prisma/factories";
import { signIn } from "../fixtures/auth";
import { e2eBaseUrl } from "../fixtures/config";
import { e2eDb } from "../fixtures/db";

const db = e2eDb();
test.afterAll(() => db.$disconnect());

test("[EDITOR] renaming a published article's slug keeps the old URL as a 301", async ({
  page,
  request,
}) => {
  const editor = await createUser(db, { role: "EDITOR" });
  const article = await createArticle(db, {
    createdById: editor.id,
    status: "APPROVED",
    headline: "改名前的稿件",
  });
  await signIn(page, editor.email, FACTORY_PASSWORD);
  const headers = { origin: e2eBaseUrl };
  const published = await page.request.post(`/api/v1/articles/${article.id}/transitions`, {
    headers,
    data: { transition: "publish", version: article.version },
  });
  expect(published.status()).toBe(200);
  expect((await request.get(`/articles/${article.slug}`)).status()).toBe(200);

  const current = await (
    await page.request.get(`/api/v1/articles/${article.id}/working-copy`)
  ).json();
  const renamed = `${article.slug}-renamed`;
  const saved = await page.request.put(`/api/v1/articles/${article.id}`, {
    headers,
    data: {
      baseVersion: current.version,
      kind: "MANUAL",
      fields: { ...current.fields, slug: renamed },
    },
  });
  expect(saved.status()).toBe(200);
  // Readers see the new slug after "Publish update"; the old URL then redirects to it.
  const update = await page.request.post(`/api/v1/articles/${article.id}/transitions`, {
    headers,
    data: { transition: "publish-update", version: (await saved.json()).version },
  });
  expect(update.status()).toBe(200);
  const old = await request.get(`/articles/${article.slug}`, { maxRedirects: 0 });
  expect(old.status()).toBe(301);
  expect(old.headers().location).toBe(`/articles/${renamed}`);
  expect((await request.get(`/articles/${renamed}`)).status()).toBe(200);
});
