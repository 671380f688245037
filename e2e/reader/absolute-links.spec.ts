import http from "node:http";
import { expect, test } from "@playwright/test";
import { createArticle } from "../../prisma/factories";
import { DEMO, signIn } from "../fixtures/auth";
import { e2eBaseUrl, e2ePort } from "../fixtures/config";
import { e2eDb } from "../fixtures/db";
import { SAMPLE } from "../fixtures/sample";

const db = e2eDb();
test.afterAll(() => db.$disconnect());

const ARTICLE = `/articles/${SAMPLE.slug}`;

/** GET with a Host header of our choosing (fetch cannot set one). */
function getWithHost(path: string, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      { host: "127.0.0.1", port: e2ePort, path, headers: { host, "accept-language": "en" } },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve(body));
      },
    );
    request.on("error", reject);
  });
}

const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];

test.describe("[READER] absolute links: GALLEY_PUBLIC_URL, else the address the request came to", () => {
  // Each walks several pages (and signs in); the machine running the suite may be busy.
  test.describe.configure({ timeout: 120_000 });

  test("canonical, og:url, JSON-LD and the feed all name the address the reader used", async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    const head = page.locator("head");
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      `${e2eBaseUrl}${ARTICLE}`,
    );
    await expect(head.locator('meta[property="og:url"]')).toHaveAttribute(
      "content",
      `${e2eBaseUrl}${ARTICLE}`,
    );
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}",
    ) as { url?: string; publisher?: { url?: string } };
    expect(jsonLd.url).toBe(`${e2eBaseUrl}${ARTICLE}`);
    expect(jsonLd.publisher?.url).toBe(`${e2eBaseUrl}/`);
    const feed = await (await page.request.get("/feed.xml")).text();
    expect(feed).toContain(`${e2eBaseUrl}${ARTICLE}`);
  });

  test("a cached page never hands one requester's Host to another", async () => {
    const other = `localhost:${e2ePort}`;
    // Twice each way round: the second of each is a cache hit.
    for (const host of [other, `127.0.0.1:${e2ePort}`, other, `127.0.0.1:${e2ePort}`])
      expect(canonicalOf(await getWithHost(ARTICLE, host)), host).toBe(`http://${host}${ARTICLE}`);
    // Without a trusted proxy, X-Forwarded-Host is a client's word and changes nothing.
    const forged = await fetch(`${e2eBaseUrl}${ARTICLE}`, {
      headers: { "x-forwarded-host": "evil.example", "x-galley-origin": "http://evil.example" },
    });
    expect(canonicalOf(await forged.text())).toBe(`${e2eBaseUrl}${ARTICLE}`);
  });

  test("share-preview and password-reset links name the address the newsroom used", async ({
    page,
  }) => {
    await signIn(page, DEMO.admin.email);
    await page.goto("/newsroom/users");
    await page.getByLabel("Name").fill("連結測試");
    await page.getByLabel("Email").fill(`link-${Date.now()}@example.test`);
    await page.getByLabel("Role", { exact: true }).selectOption("REPORTER");
    await page.getByRole("button", { name: "Create account" }).click();
    const status = page.getByRole("status").filter({ hasText: "one-time link" });
    await expect(status.locator("p.font-mono")).toHaveText(
      new RegExp(`^\\s*${e2eBaseUrl}/reset-password/[\\w-]{30,}\\s*$`),
    );

    const admin = await db.user.findUniqueOrThrow({ where: { email: DEMO.admin.email } });
    const article = await createArticle(db, { createdById: admin.id });
    await page.goto(`/newsroom/articles/${article.id}`);
    const sharing = page.getByRole("region", { name: "Share preview" });
    await sharing.getByRole("button", { name: "Share preview" }).click();
    await expect(sharing.getByLabel("Preview link")).toHaveValue(
      new RegExp(`^${e2eBaseUrl}/preview/[A-Za-z0-9_-]{43}$`),
    );
  });
});
