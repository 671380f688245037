import { expect, test } from "@playwright/test";
import { SAMPLE } from "../fixtures/sample";

test.describe("[SECURITY] response headers", () => {
  for (const [name, path, frameAncestors] of [
    ["a reader page", `/articles/${SAMPLE.slug}`, "'self'"],
    ["a newsroom page", "/login", "'none'"],
  ] as const) {
    test(`${name} carries a nonce-based CSP and the baseline headers`, async ({ page }) => {
      const response = await page.goto(path);
      const headers = response!.headers();
      const csp = headers["content-security-policy"] ?? "";
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce, "a per-request nonce").toBeTruthy();
      expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(csp).toContain(`frame-ancestors ${frameAncestors}`);
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      // Every script Next put in the page carries this request's nonce.
      const scripts = await page
        .locator("script")
        .evaluateAll((elements) => elements.map((s) => (s as HTMLScriptElement).nonce));
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.every((value) => value === nonce)).toBe(true);
      const second = await page.request.get(path);
      expect(second.headers()["content-security-policy"]).not.toBe(csp);
    });
  }
});
