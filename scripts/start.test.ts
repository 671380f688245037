import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startApp } from "@/lib/testing/app-process";
import { findFreePort } from "@/lib/runtime/port";

/**
 * `npm start` with bad configuration: one clear sentence, a non-zero exit, no stack
 * trace, and nothing written to the data folder or the database.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "galley-start-test-"));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function startAndFail(env: Record<string, string>) {
  const port = await findFreePort();
  const app = startApp({ PORT: String(port), GALLEY_DATA_DIR: dataDir, ...env });
  const code = await app.exited;
  const output = app.output().trim();
  return { code, output };
}

function expectOneClearSentence(output: string, pattern: RegExp) {
  expect(output).toMatch(/^Galley could not start: /);
  expect(output).toMatch(pattern);
  expect(output).not.toMatch(/\n\s+at /); // no stack trace
  expect(output.split("\n")).toHaveLength(1);
}

async function listen(port: number): Promise<net.Server> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return server;
}

describe("npm start with bad input", () => {
  it("rejects a DATABASE_URL that is not a PostgreSQL URL", async () => {
    const { code, output } = await startAndFail({ DATABASE_URL: "mysql://root@localhost/galley" });
    expect(code).toBe(1);
    expectOneClearSentence(output, /DATABASE_URL must be a PostgreSQL URL/);
  });

  it("explains an unreachable database server", async () => {
    const closedPort = await findFreePort();
    const { code, output } = await startAndFail({
      DATABASE_URL: `postgresql://galley@127.0.0.1:${closedPort}/galley`,
      NEXTAUTH_SECRET: "a-secret-that-is-long-enough-for-galley-0123",
    });
    expect(code).toBe(1);
    expectOneClearSentence(
      output,
      /Cannot reach PostgreSQL at 127\.0\.0\.1:\d+\/galley: the connection was refused/,
    );
  });

  it("explains a database that does not exist", async () => {
    const server = new URL(process.env.TEST_SERVER_URL!);
    server.pathname = "/galley_no_such_database";
    const { code, output } = await startAndFail({
      DATABASE_URL: server.toString(),
      NEXTAUTH_SECRET: "a-secret-that-is-long-enough-for-galley-0123",
    });
    expect(code).toBe(1);
    expectOneClearSentence(output, /database in DATABASE_URL .* does not exist/);
  });

  it("requires NEXTAUTH_SECRET with an external database, and a long one", async () => {
    const missing = await startAndFail({ DATABASE_URL: process.env.DATABASE_URL! });
    expect(missing.code).toBe(1);
    expectOneClearSentence(missing.output, /NEXTAUTH_SECRET is not set/);
    const short = await startAndFail({
      DATABASE_URL: process.env.DATABASE_URL!,
      NEXTAUTH_SECRET: "short",
    });
    expect(short.code).toBe(1);
    expectOneClearSentence(short.output, /NEXTAUTH_SECRET is too short \(5 characters\)/);
  });

  it("names the variable when the web port is taken", async () => {
    const port = await findFreePort();
    const blocker = await listen(port);
    try {
      const app = startApp({ PORT: String(port), HOST: "127.0.0.1", GALLEY_DATA_DIR: dataDir });
      expect(await app.exited).toBe(1);
      expectOneClearSentence(
        app.output().trim(),
        new RegExp(`Port ${port} is already in use; set PORT`),
      );
    } finally {
      blocker.close();
    }
  });

  it("names the variable when the embedded database's port is taken, and creates no database files", async () => {
    const dbPort = await findFreePort();
    const blocker = await listen(dbPort);
    const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), "galley-start-port-"));
    try {
      const { code, output } = await startAndFail({
        GALLEY_DB_PORT: String(dbPort),
        GALLEY_DATA_DIR: emptyDir,
      });
      expect(code).toBe(1);
      expectOneClearSentence(
        output,
        new RegExp(
          `Port ${dbPort} for the embedded PostgreSQL is already taken; set GALLEY_DB_PORT`,
        ),
      );
      expect(fs.readdirSync(emptyDir)).toEqual([]);
    } finally {
      blocker.close();
      fs.rmSync(emptyDir, { recursive: true, force: true });
    }
  });

  it("rejects a bad worker count, purge and replica addresses with the variables' names", async () => {
    const { code, output } = await startAndFail({
      GALLEY_WORKERS: "0",
      DATABASE_REPLICA_URLS: "postgresql://galley@10.0.0.2/galley,mysql://10.0.0.3/galley",
      GALLEY_PROXY_PURGE_URLS: "http://127.0.0.1:8080,nginx.local",
      GALLEY_PURGE_WEBHOOK_URL: "ftp://purge.example.com",
    });
    expect(code).toBe(1);
    expect(output).toMatch(/^Galley could not start: /);
    expect(output).toMatch(/GALLEY_WORKERS must be at least 1/);
    expect(output).toMatch(/GALLEY_PROXY_PURGE_URLS must be nginx addresses separated by commas/);
    expect(output).toMatch(/GALLEY_PURGE_WEBHOOK_URL must be URLs separated by commas/);
    expect(output).toMatch(/DATABASE_REPLICA_URLS must be PostgreSQL URLs separated by commas/);
    expect(output).not.toMatch(/\n\s+at /);
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it("rejects an invalid port and time zone with the variables' names", async () => {
    const { code, output } = await startAndFail({ PORT: "http", GALLEY_TIME_ZONE: "Mars/Olympus" });
    expect(code).toBe(1);
    expect(output).toMatch(/PORT must be a port number/);
    expect(output).toMatch(/GALLEY_TIME_ZONE must be an IANA time zone/);
  });
});
