import type { TestProject } from "vitest/node";
import { createTestDatabase, startTestServer } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    testServerUrl: string;
  }
}

/** One PostgreSQL server and one migrated database for the whole vitest run. */
export default async function setup(project: TestProject) {
  const server = await startTestServer();
  const database = await createTestDatabase(server.serverUrl);
  project.provide("databaseUrl", database.url);
  project.provide("testServerUrl", server.serverUrl);
  return async () => {
    await database.drop();
    await server.stop();
  };
}
