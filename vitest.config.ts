import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      "server-only": fileURLToPath(new URL("./lib/testing/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts"],
    // One throwaway PostgreSQL database for the run: TEST_DATABASE_URL's server, else embedded.
    globalSetup: ["./lib/testing/vitest-global-setup.ts"],
    setupFiles: ["./lib/testing/vitest-setup.ts"],
    // Three files at once on two cores (vitest's default is cores - 1, one here): most
    // tests wait on PostgreSQL, another process; this halves the run (460 s → 212 s here).
    maxWorkers: 3,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    allowOnly: false,
  },
});
