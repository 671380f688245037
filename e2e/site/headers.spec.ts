import { expect, test } from "@playwright/test";
import { SAMPLE } from "../fixtures/sample";

test.describe("[SECURITY] response headers", () => {
  test("a newsroom page carries a nonce-based CSP and the baseline headers", async ({ page }) => {
    const response = await page.goto("/login");
    const headers = response!.headers();
    const csp = headers["content-security-policy"] ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce, "a per-request nonce").toBeTruthy();
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    // Every script Next put in the page carries this request's nonce.
    const scripts = await page
      .locator("script")
      .evaluateAll((elements) => elements.map((s) => (s as HTMLScriptElement).nonce));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((value) => value === nonce)).toBe(true);
    const second = await page.request.get("/login");
    expect(second.headers()["content-security-policy"]).not.toBe(csp);
  });

  test("a published page is a document: no script runs or ships, and the baseline headers hold", async ({
    page,
  }) => {
    const path = `/articles/${SAMPLE.slug}`;
    // Each worker process keeps its own page cache: a visit is a hit once the worker that
    // takes it has rendered the page (a miss at most once per worker).
    let response = await page.goto(path);
    for (let visit = 0; visit < 8 && response!.headers()["x-galley-cache"] !== "hit"; visit++)
      response = await page.goto(path);
    const headers = response!.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp).toContain("script-src 'none'");
    expect(csp).not.toMatch(/'nonce-/);
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-galley-cache"]).toBe("hit");
    expect(headers["cache-control"]).toMatch(/s-maxage=\d+/);
    expect(headers["cache-control"]).toMatch(/stale-while-revalidate=\d+/);
    // Only data blocks (JSON-LD) remain; nothing executable, nothing preloaded to run.
    const types = await page
      .locator("script")
      .evaluateAll((elements) => elements.map((s) => (s as HTMLScriptElement).type));
    expect(types.every((type) => type === "application/ld+json")).toBe(true);
    await expect(page.locator('link[as="script"], link[rel="modulepreload"]')).toHaveCount(0);
    // The ETag answers a revalidation with 304 and no body.
    const revalidated = await page.request.get(path, {
      headers: { "if-none-match": headers.etag! },
    });
    expect(revalidated.status()).toBe(304);
  });

  test("a signed-in request bypasses the page cache", async ({ request }) => {
    const path = `/articles/${SAMPLE.slug}`;
    await request.get(path);
    const bypass = await request.get(path, { headers: { cookie: "galley.session=anything" } });
    expect(bypass.headers()["x-galley-cache"]).toBeUndefined();
    expect(bypass.headers()["content-security-policy"]).toMatch(/'nonce-/);
  });
});
