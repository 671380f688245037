import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { createDbClient, type PrismaClient } from "../../lib/db-client";
import { isBuildStale, runBuild } from "../../lib/runtime/build";
import { findFreePort } from "../../lib/runtime/port";
import { startApp, waitForApp, type AppProcess } from "../../lib/testing/app-process";
import { createTestDatabase, startTestServer } from "../../lib/testing/test-database";
import { articleFields, createArticle, createUser, paragraphDoc } from "../../prisma/factories";
import { root } from "../with-database";

export const SECRET = "reliability-secret-that-is-long-enough-012345";

export type Harness = {
  base: string;
  db: PrismaClient;
  databaseUrl: string;
  app: AppProcess;
  /** The app's environment, for a second instance on the same database. */
  env: Record<string, string>;
  /** A session cookie for a user, as the sign-in form would set it. */
  cookie(userId: string): Promise<string>;
  /**
   * Stops the app (SIGKILL for a crash) and starts it again on the same database and port;
   * `whileDown` runs in between (to read what the database kept).
   */
  restart(signal?: NodeJS.Signals, whileDown?: () => Promise<void>): Promise<void>;
  close(): Promise<void>;
};

/** The real stack for the suite: a throwaway database, the built app, a client for checks. */
export async function startHarness(extraEnv: Record<string, string> = {}): Promise<Harness> {
  if (isBuildStale(root)) await runBuild(root);
  const server = await startTestServer();
  const database = await createTestDatabase(server.serverUrl);
  const db = createDbClient(database.url);
  const port = await findFreePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "galley-reliability-"));
  const env = {
    DATABASE_URL: database.url,
    PORT: String(port),
    HOST: "127.0.0.1",
    NEXTAUTH_SECRET: SECRET,
    GALLEY_DATA_DIR: dataDir,
    GALLEY_DEMO: "1",
    ...extraEnv,
  };
  const base = `http://127.0.0.1:${port}`;
  const earlierOutput: string[] = [];
  const harness: Harness = {
    base,
    db,
    databaseUrl: database.url,
    app: startApp(env),
    env,
    cookie: async (userId) =>
      `galley.session=${await encode({ token: { sub: userId, sv: 1 }, secret: SECRET })}`,
    async restart(signal = "SIGTERM", whileDown) {
      await harness.app.stop(signal);
      await whileDown?.();
      earlierOutput.push(harness.app.output());
      harness.app = startApp(env);
      await waitForApp(harness.app, `${base}/api/health`);
    },
    async close() {
      await harness.app.stop();
      // The app's own log, for the cause behind a 500 a case reports.
      fs.mkdirSync(path.join(root, "test-results"), { recursive: true });
      fs.writeFileSync(
        path.join(root, "test-results/reliability-app.log"),
        [...earlierOutput, harness.app.output()].join("\n"),
      );
      await db.$disconnect();
      await database.drop();
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  await waitForApp(harness.app, `${base}/api/health`);
  return harness;
}

/** One row of the suite's table, plus the figure and what broke. */
export type CaseResult = {
  name: string;
  ok: boolean;
  figure: string;
  problems: string[];
  /** What was thrown at the app, and which faults were injected ("none" for none). */
  load: string;
  faults: string;
  requests: number;
  /** Answers that broke the case's promise (a 500, a wrong status, a failed save). */
  errors: number;
  /** Acknowledged or stored data missing afterwards, or partial writes: must be 0. */
  dataLost: number;
};

/** Reporters signed in, each with a draft of their own to save: the cases' editors. */
export function writers(harness: Harness, count: number) {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const user = await createUser(harness.db, { role: "REPORTER" });
      const article = await createArticle(harness.db, { createdById: user.id });
      return { article, cookie: await harness.cookie(user.id), version: article.version };
    }),
  );
}

export function fieldsFor(slug: string, text: string) {
  return articleFields(slug, { headline: "可靠性測試", body: paragraphDoc(text) });
}

/** A fingerprint of everything a request could write: equal before and after means nothing was. */
export async function databaseFingerprint(db: PrismaClient): Promise<string> {
  const rows = await db.$queryRaw<Array<{ name: string; value: string }>>`
    select 'articles' as name, coalesce(md5(string_agg(id::text || ':' || version || ':' || status || ':' || "updatedAt"::text, ',' order by id)), '') as value from "Article"
    union all select 'revisions', count(*)::text from "Revision"
    union all select 'events', count(*)::text from "WorkflowEvent"
    union all select 'versions', count(*)::text from "PublishedVersion"
    union all select 'comments', count(*)::text from "Comment"
    union all select 'media', count(*)::text from "Media"
    union all select 'corrections', count(*)::text from "Correction"
    union all select 'contributors', coalesce(md5(string_agg(id::text || ':' || slug || ':' || name || ':' || "updatedAt"::text, ',' order by id)), '') from "Contributor"
    union all select 'tags', coalesce(md5(string_agg(id::text || ':' || slug || ':' || name, ',' order by id)), '') from "Tag"
    union all select 'sections', coalesce(md5(string_agg(id::text || ':' || "updatedAt"::text || ':' || position, ',' order by id)), '') from "Section"
    union all select 'fronts', count(*)::text from "FrontPage"
    union all select 'publication', coalesce(max(version), 0)::text from "Publication"
    union all select 'users', md5(string_agg(id::text || ':' || "sessionVersion" || ':' || "isActive", ',' order by id))
      from "User"`;
  return rows.map((row) => `${row.name}=${row.value}`).join(" ");
}
