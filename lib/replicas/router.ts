import { isDatabaseUnavailable } from "../database-unavailable";
import { createDbClient, type PrismaClient } from "../db-client";
import { neededLsn, parseLsn } from "./freshness";

/**
 * Reader reads spread over streaming replicas (DATABASE_REPLICA_URLS), each used only
 * while it has replayed as far as lib/replicas/freshness.ts asks; otherwise, and whenever
 * a replica cannot be reached or cancels a query, the read goes to the primary. A reader
 * never waits on a lagging replica and never gets an error a primary would not give.
 */
export type ReplicaState = "in use" | "behind" | "unreachable" | "not a standby";
export type ReplicaStatus = { replica: string; state: ReplicaState; reads: number };

type Replica = {
  /** host:port/database: what logs and the health check name (never the password). */
  name: string;
  client: PrismaClient;
  replayed: bigint;
  checkedAt: number;
  checking: Promise<void> | null;
  downUntil: number;
  state: ReplicaState;
  reads: number;
};

// How often a replica that is behind is asked how far it has replayed.
const RECHECK_MS = 20;
// A replica that failed is left alone this long before it is tried again.
const REST_MS = 5_000;
// A replica that does not answer its check this fast is treated as unreachable.
const CHECK_TIMEOUT_MS = 1_000;
// SQLSTATE 40001: a standby cancelled the query to go on replaying ("conflict with recovery").
const RETRYABLE_CODES = new Set(["40001", "40P01"]);

function nameOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
}

/**
 * Whether a standby cancelled the query to go on replaying ("conflict with recovery").
 * Prisma wraps the driver's error (in `cause`, `meta.driverAdapterError`), so the whole
 * chain is searched.
 */
function isRecoveryConflict(error: unknown): boolean {
  const seen = new Set<unknown>();
  const search = (value: unknown, depth: number): boolean => {
    if (!value || typeof value !== "object" || seen.has(value) || depth > 4) return false;
    seen.add(value);
    const { code, originalCode, message } = value as Record<string, unknown>;
    if ([code, originalCode].some((c) => typeof c === "string" && RETRYABLE_CODES.has(c)))
      return true;
    if (typeof message === "string" && /conflict with recovery/i.test(message)) return true;
    return Object.values(value).some((inner) => search(inner, depth + 1));
  };
  return search(error, 0);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error as Error)),
    );
  });
}

export type ReplicaRouter = {
  /** A client for reader reads: model queries and $queryRaw; no transactions or writes. */
  reader: PrismaClient;
  status(): ReplicaStatus[];
  close(): Promise<void>;
};

export function createReplicaRouter(
  primary: PrismaClient,
  urls: readonly string[],
  options: { onProblem?: (replica: string, problem: string) => void } = {},
): ReplicaRouter {
  const replicas: Replica[] = urls.map((url) => ({
    name: nameOf(url),
    client: createDbClient(url, { connectionTimeoutMillis: CHECK_TIMEOUT_MS }),
    replayed: -1n,
    checkedAt: 0,
    checking: null,
    downUntil: 0,
    state: "behind",
    reads: 0,
  }));
  let turn = 0;
  let learning: Promise<bigint> | null = null;

  const problem = (replica: Replica, state: ReplicaState, text: string) => {
    if (replica.state !== state) options.onProblem?.(replica.name, text);
    replica.state = state;
    replica.downUntil = Date.now() + REST_MS;
  };

  const learn = () =>
    (learning ??= primary.$queryRaw<Array<{ lsn: string }>>`
      select pg_current_wal_insert_lsn()::text as lsn`
      .then(([row]) => parseLsn(row!.lsn))
      .finally(() => (learning = null)));

  const check = (replica: Replica) =>
    (replica.checking ??= withTimeout(
      replica.client.$queryRaw<Array<{ lsn: string | null }>>`
        select pg_last_wal_replay_lsn()::text as lsn`,
      CHECK_TIMEOUT_MS,
    )
      .then(([row]) => {
        replica.checkedAt = Date.now();
        if (row?.lsn) replica.replayed = parseLsn(row.lsn);
        else problem(replica, "not a standby", "is not a standby of DATABASE_URL: not used");
      })
      .catch((error: unknown) =>
        problem(
          replica,
          "unreachable",
          `cannot be reached (${String(error)}): reads go to the primary`,
        ),
      )
      .finally(() => (replica.checking = null)));

  /** A replica that has replayed `needed`, in turn, or null for the primary. */
  async function pick(): Promise<Replica | null> {
    const needed = await neededLsn(learn);
    if (needed === null) return null;
    for (let i = 0; i < replicas.length; i++) {
      const replica = replicas[(turn + i) % replicas.length]!;
      if (Date.now() < replica.downUntil) continue;
      if (replica.replayed < needed && Date.now() - replica.checkedAt >= RECHECK_MS) {
        await check(replica);
      }
      if (Date.now() < replica.downUntil) continue;
      replica.state = replica.replayed >= needed ? "in use" : "behind";
      if (replica.state === "in use") {
        turn = (turn + i + 1) % replicas.length;
        return replica;
      }
    }
    return null;
  }

  async function run<T>(read: (client: PrismaClient) => Promise<T>): Promise<T> {
    const replica = await pick();
    if (!replica) return read(primary);
    try {
      const result = await read(replica.client);
      replica.reads += 1;
      return result;
    } catch (error) {
      // Cancelled for its replay: this read goes to the primary; the replica stays in use.
      if (isRecoveryConflict(error)) return read(primary);
      if (!isDatabaseUnavailable(error)) throw error;
      problem(replica, "unreachable", `failed a read (${String(error)}): reads go to the primary`);
      return read(primary);
    }
  }

  const RAW = new Set(["$queryRaw", "$queryRawUnsafe"]);
  const reader = new Proxy({} as PrismaClient, {
    get(_target, property: string | symbol) {
      if (typeof property !== "string" || property === "then") return undefined;
      if (RAW.has(property)) {
        return (...args: unknown[]) =>
          run((client) =>
            (Reflect.get(client, property) as (...a: unknown[]) => Promise<unknown>).apply(
              client,
              args,
            ),
          );
      }
      if (property.startsWith("$")) {
        throw new Error(`${property} is not for reader reads: use the primary (lib/db)`);
      }
      // A model: each query method runs on whichever server pick() chose.
      return new Proxy(
        {},
        {
          get(_model, method: string | symbol) {
            if (typeof method !== "string" || method === "then") return undefined;
            return (...args: unknown[]) =>
              run((client) => {
                const delegate = Reflect.get(client, property) as Record<
                  string,
                  (...a: unknown[]) => Promise<unknown>
                >;
                return delegate[method]!.apply(delegate, args);
              });
          },
        },
      );
    },
  });

  return {
    reader,
    status: () => replicas.map(({ name, state, reads }) => ({ replica: name, state, reads })),
    async close() {
      await Promise.all(replicas.map((replica) => replica.client.$disconnect()));
    },
  };
}
