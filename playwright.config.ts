import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { e2eBaseUrl } from "./e2e/fixtures/config";

// Debian's Chromium (apt-get install chromium) unless CHROMIUM_PATH names another;
// Playwright's own browser when neither exists.
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const executablePath = fs.existsSync(chromium) ? chromium : undefined;

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/global-setup.ts",
  forbidOnly: true,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL: e2eBaseUrl,
    // Tests find things by their English accessible names (see ARCHITECTURE.md).
    locale: "en-US",
    extraHTTPHeaders: { "Accept-Language": "en" },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync",
          ],
        },
      },
    },
  ],
});
