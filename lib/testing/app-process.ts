import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export type AppProcess = {
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code (waits for the process to end). */
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
};

/** Runs `npm start`'s script (scripts/start.ts) with the given environment, capturing its output. */
export function startApp(env: Record<string, string | undefined>): AppProcess {
  // `node --import tsx`, not the tsx CLI: one process, so signals reach start.ts directly.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: projectRoot,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    } as unknown as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    child,
    output: () => output,
    exited,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** The environment of an app on a test database, on loopback at `port`. */
export function appEnv(options: {
  databaseUrl: string;
  port: number;
  secret: string;
  dataDir: string;
  extra?: Record<string, string>;
}): Record<string, string> {
  return {
    DATABASE_URL: options.databaseUrl,
    PORT: String(options.port),
    HOST: "127.0.0.1",
    NEXTAUTH_SECRET: options.secret,
    GALLEY_DATA_DIR: options.dataDir,
    ...options.extra,
  };
}

/** Waits until `url` answers 200 and the app says it is running, or fails with the app's output if it exits or times out. */
export async function waitForApp(app: AppProcess, url: string, timeoutMs = 240_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let ended = false;
  void app.exited.then(() => (ended = true));
  while (Date.now() < deadline) {
    if (ended) throw new Error(`The app exited before it was ready:\n${app.output()}`);
    try {
      const response = await fetch(url);
      // With several workers the first answers before the last is up; start.ts prints its
      // start-up lines (the address, demo accounts, the setup link) once all are.
      if (response.ok && app.output().includes("Galley is running at")) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app was not ready within ${timeoutMs / 1000} s:\n${app.output()}`);
}
