import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startApp, waitForApp } from "../lib/testing/app-process";
import { createTestDatabase, startTestServer } from "../lib/testing/test-database";
import { e2ePort } from "./fixtures/config";

/**
 * Starts Galley the way `npm start` does, on a throwaway database seeded with the demo
 * newsroom (GALLEY_DEMO=1), and shares the database URL with the specs through env.
 */
export default async function globalSetup() {
  const server = await startTestServer();
  const database = await createTestDatabase(server.serverUrl);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "galley-e2e-data-"));
  const app = startApp({
    DATABASE_URL: database.url,
    GALLEY_DEMO: "1",
    GALLEY_DATA_DIR: dataDir,
    PORT: String(e2ePort),
    HOST: "127.0.0.1",
    NEXTAUTH_SECRET: "e2e-secret-that-is-long-enough-0123456789",
  });
  await waitForApp(app, `http://127.0.0.1:${e2ePort}/api/health`);
  process.env.E2E_DATABASE_URL = database.url;
  process.env.E2E_TEST_SERVER_URL = server.serverUrl;

  return async () => {
    await app.stop();
    // The app's own log, for reading after a failed run.
    fs.mkdirSync("test-results", { recursive: true });
    fs.writeFileSync("test-results/e2e-app.log", app.output());
    await database.drop();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
