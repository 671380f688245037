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
  // Within a second on every worker: another worker's page cache hears of the update over
  // PostgreSQL (the reliability suite's "workers" case measures how fast).
  await expect
    .poll(
      async () => {
        const old = await request.get(`/articles/${article.slug}`, { maxRedirects: 0 });
        return [old.status(), old.headers().location];
      },
      { timeout: 1_000, intervals: [50] },
    )
    .toEqual([301, `/articles/${renamed}`]);
  expect((await request.get(`/articles/${renamed}`)).status()).toBe(200);
});
