import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

// Prisma's CLI downloads a native schema engine from a host these machines cannot
// reach. The project carries a stand-in that runs the npm-published wasm engine
// (see docs/ARCHITECTURE.md, "Prisma without a binary download").
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(
  new URL("./prisma/schema-engine.mjs", import.meta.url),
);

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    // Not env("DATABASE_URL"): that makes `prisma generate` fail when it is unset.
    url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/galley",
  },
});
