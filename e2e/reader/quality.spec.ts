import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import vnuJar from "vnu-jar";
import { axeViolations } from "../fixtures/axe";
import { SAMPLE } from "../fixtures/sample";

const PAGES = [
  "/",
  "/sections/news",
  `/articles/${SAMPLE.slug}`,
  // The demo's running live coverage (prisma/seed/demo-live.ts): its updates and script.
  "/articles/dezhou-flood-live",
  "/contributors/wang-he",
  "/search?q=%E7%96%AB%E6%83%85",
];
const BOTH_SCRIPTS = PAGES.flatMap((page) => [
  page,
  `${page}${page.includes("?") ? "&" : "?"}script=hans`,
]);

test.describe("[READER] quality checks", () => {
  test("the W3C Nu HTML Checker finds no errors on the reader's pages, in both scripts", async ({
    request,
  }) => {
    test.setTimeout(120_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "galley-vnu-"));
    try {
      const files = await Promise.all(
        BOTH_SCRIPTS.map(async (page, index) => {
          const response = await request.get(page);
          expect(response.status(), page).toBe(200);
          const file = path.join(dir, `page-${index}.html`);
          fs.writeFileSync(file, await response.body());
          return file;
        }),
      );
      const { stdout, stderr } = await promisify(execFile)(
        "java",
        ["-jar", vnuJar, "--errors-only", "--format", "json", "--exit-zero-always", ...files],
        { maxBuffer: 16 * 1024 * 1024 },
      );
      const report = JSON.parse(stderr || stdout) as {
        messages: Array<{ type: string; url: string; message: string; extract?: string }>;
      };
      const errors = report.messages
        .filter((message) => message.type === "error")
        .map((message) => {
          const index = Number(/page-(\d+)\.html/.exec(message.url)?.[1]);
          return `${BOTH_SCRIPTS[index]}: ${message.message} ${message.extract ?? ""}`;
        });
      expect(errors).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  for (const page of BOTH_SCRIPTS) {
    test(`axe finds no accessibility violations on ${page}`, async ({ page: browserPage }) => {
      await browserPage.goto(page);
      expect(await axeViolations(browserPage)).toEqual([]);
    });
  }
});
