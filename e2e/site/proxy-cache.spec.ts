import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { createDbClient, type PrismaClient } from "../../lib/db-client";
import { findFreePort } from "../../lib/runtime/port";
import { appEnv, startApp, waitForApp, type AppProcess } from "../../lib/testing/app-process";
import { startGalleyNginx, type Nginx } from "../../lib/testing/nginx";
import { createTestDatabase, type TestDatabase } from "../../lib/testing/test-database";
import { createArticle, createUser } from "../../prisma/factories";

const SECRET = "e2e-proxy-cache-secret-that-is-long-enough-01";

/**
 * deploy/nginx-cache.conf as shipped, in front of two Galley instances on one database:
 * nginx answers readers from its own cache, and a publish or an unpublish made on either
 * instance reaches readers through it within a second (each instance purges what it
 * handed to nginx when PostgreSQL tells it of the change).
 */
test.describe("[SITE] a shared nginx cache in front of two instances", () => {
  test.describe.configure({ timeout: 240_000 });
  let database: TestDatabase;
  let db: PrismaClient;
  let nginx: Nginx;
  let front: string;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "galley-proxy-cache-"));
  const apps: AppProcess[] = [];
  const bases: string[] = [];
  type Hooked = { tags: string[]; surrogateKeys: string[] };
  let hook: http.Server;
  const hooked: Hooked[] = [];

  test.beforeAll(async () => {
    const serverUrl = new URL(process.env.E2E_DATABASE_URL!);
    serverUrl.pathname = "/postgres";
    database = await createTestDatabase(serverUrl.toString());
    db = createDbClient(database.url);
    const nginxPort = await findFreePort();
    front = `http://127.0.0.1:${nginxPort}`;
    // A CDN relay's stand-in: what each instance POSTs to GALLEY_PURGE_WEBHOOK_URL.
    hook = http.createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString()));
      request.on("end", () => {
        hooked.push(JSON.parse(body) as Hooked);
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, "127.0.0.1", resolve));
    const hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/purge`;
    const ports = [await findFreePort(), await findFreePort()];
    for (const port of ports) {
      const app = startApp(
        appEnv({
          databaseUrl: database.url,
          port,
          secret: SECRET,
          dataDir,
          extra: {
            GALLEY_WORKERS: "1",
            GALLEY_TRUST_PROXY: "1",
            GALLEY_PROXY_PURGE_URLS: front,
            GALLEY_PURGE_WEBHOOK_URL: hookUrl,
          },
        }),
      );
      apps.push(app);
      bases.push(`http://127.0.0.1:${port}`);
    }
    await Promise.all(apps.map((app, i) => waitForApp(app, `${bases[i]}/api/health`)));
    nginx = await startGalleyNginx({
      file: "deploy/nginx-cache.conf",
      port: nginxPort,
      upstreams: ports.map((port) => `127.0.0.1:${port}`),
    });
  });
  test.afterAll(async () => {
    hook?.close();
    await nginx?.stop();
    await Promise.all(apps.map((app) => app.stop()));
    await db?.$disconnect();
    await database?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** Moves an article through the workflow on one instance, as its editor. */
  async function move(base: string, articleId: string, cookie: string, transition: string) {
    const { version } = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    const response = await fetch(`${base}/api/v1/articles/${articleId}/transitions`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, origin: base },
      body: JSON.stringify({ transition, version }),
    });
    expect(response.status, `${transition} on ${base}`).toBe(200);
    return performance.now();
  }

  /** Polls through nginx until `check` holds; the time it took, in ms. */
  async function throughNginx(
    pathname: string,
    check: (response: Response, body: string) => boolean,
  ) {
    const started = performance.now();
    while (performance.now() - started < 5_000) {
      const response = await fetch(`${front}${pathname}`, { headers: { "accept-language": "en" } });
      if (check(response, await response.text())) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return Infinity;
  }

  test("readers are served from nginx; a publish and an unpublish on either instance reach them within a second", async ({
    browser,
  }) => {
    const editor = await createUser(db, { role: "EDITOR" });
    const cookie = `galley.session=${await encode({ token: { sub: editor.id, sv: 1 }, secret: SECRET })}`;
    const first = await createArticle(db, {
      createdById: editor.id,
      status: "APPROVED",
      headline: "Harbour bridge reopens",
    });
    const second = await createArticle(db, {
      createdById: editor.id,
      status: "APPROVED",
      headline: "Night market returns",
    });
    await move(bases[0]!, first.id, cookie, "publish");

    // A reader through nginx: the front page, then the story; the second visit is nginx's.
    const reader = await (await browser.newContext({ baseURL: front, locale: "en" })).newPage();
    await reader.goto("/");
    await reader.getByRole("link", { name: "Harbour bridge reopens" }).first().click();
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Harbour bridge reopens");
    const again = await reader.request.get(`/articles/${first.slug}`);
    expect(again.headers()["x-cache-status"]).toBe("HIT");
    // The keys are for CDNs, not for readers.
    expect(again.headers()["surrogate-key"]).toBeUndefined();
    // This client's own copy of the front page (its headers are another key): kept too.
    await (await fetch(`${front}/`, { headers: { "accept-language": "en" } })).text();
    const home = await fetch(`${front}/`, { headers: { "accept-language": "en" } });
    expect(home.headers.get("x-cache-status")).toBe("HIT");
    await home.text();

    // Published on the other instance: the cached front page names it within a second.
    await move(bases[1]!, second.id, cookie, "publish");
    const fresh = await throughNginx("/", (_, body) => body.includes("Night market returns"));
    expect(fresh, "ms until nginx served the new front page").toBeLessThan(1_000);
    // A CDN hears of it once, from the instance that published, with the page's keys.
    await expect
      .poll(() => hooked.filter((call) => call.tags.includes(`slug:${second.slug}`)).length)
      .toBe(1);
    const call = hooked.find((entry) => entry.tags.includes(`slug:${second.slug}`))!;
    expect(call.tags).toContain("home");
    expect(call.surrogateKeys).toContain(`slug:${encodeURIComponent(second.slug)}`);
    await new Promise((resolve) => setTimeout(resolve, 500)); // no second, late copy
    expect(hooked.filter((entry) => entry.tags.includes(`slug:${second.slug}`))).toHaveLength(1);
    test.info().annotations.push({
      type: "publish → fresh through nginx",
      description: `${fresh.toFixed(0)} ms`,
    });

    // Unpublished on the first instance: nginx's copy of the story goes, readers get 410.
    const story = () =>
      fetch(`${front}/articles/${first.slug}`, { headers: { "accept-language": "en" } });
    await (await story()).text();
    const cachedStory = await story();
    expect(cachedStory.headers.get("x-cache-status")).toBe("HIT");
    await cachedStory.text();
    await move(bases[0]!, first.id, cookie, "unpublish");
    const gone = await throughNginx(
      `/articles/${first.slug}`,
      (response) => response.status === 410,
    );
    expect(gone, "ms until nginx answered 410").toBeLessThan(1_000);
    test.info().annotations.push({
      type: "unpublish → 410 through nginx",
      description: `${gone.toFixed(0)} ms`,
    });
    await reader.goto(`/articles/${first.slug}`);
    await expect(reader.getByRole("heading", { level: 1 })).toContainText(
      /no longer available|removed|gone/i,
    );
  });
});
