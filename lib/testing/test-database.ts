import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../runtime/embedded-postgres";
import { migrateDatabase } from "../runtime/migrate";
import { findFreePort } from "../runtime/port";

/**
 * A PostgreSQL server for a test run: the server in TEST_DATABASE_URL when given
 * (CI points it at the machine's PostgreSQL), else an embedded one in a temporary
 * folder. Tests get fresh, throwaway databases on it; nothing is ever mocked.
 */
export type TestServer = { serverUrl: string; stop(): Promise<void> };

export async function startTestServer(): Promise<TestServer> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) return { serverUrl: given, stop: async () => undefined };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "galley-test-pg-"));
  const embedded = await startEmbeddedPostgres({
    dir,
    port: await findFreePort(),
    database: "postgres",
  });
  return {
    serverUrl: embedded.url,
    async stop() {
      await embedded.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function admin<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabaseName(serverUrl, "postgres") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export type TestDatabase = { url: string; name: string; drop(): Promise<void> };

/** A new, empty database on the test server (migrated unless `migrate: false`). */
export async function createTestDatabase(
  serverUrl: string,
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  const name = `galley_test_${Date.now().toString(36)}_${crypto.randomBytes(4).toString("hex")}`;
  await admin(serverUrl, (client) => client.query(`create database ${name}`));
  const url = withDatabaseName(serverUrl, name);
  if (options.migrate !== false) await migrateDatabase(url);
  return {
    url,
    name,
    drop: () =>
      admin(serverUrl, async (client) => {
        await client.query(`drop database if exists ${name} with (force)`);
      }),
  };
}
