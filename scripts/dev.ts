/** `npm run dev`: the same database set-up as `npm start`, then `next dev` with hot reload. */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { ConfigError, parseEnv } from "../lib/env";
import { prepareRuntime, setupLine } from "../lib/runtime/prepare";
import { StartupError } from "../lib/runtime/startup-error";
import { root } from "./with-database";

const require = createRequire(import.meta.url);

try {
  const env = parseEnv();
  const runtime = await prepareRuntime(env, root);
  if (runtime.setupUrl) console.log(setupLine(runtime.setupUrl));
  const next = spawn(
    process.execPath,
    [require.resolve("next/dist/bin/next"), "dev", "-p", String(env.PORT), "-H", env.HOST],
    {
      cwd: root,
      stdio: "inherit",
      env: process.env,
    },
  );
  const stop = async () => {
    next.kill("SIGTERM");
    await runtime.database.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  next.on("exit", () => void stop());
} catch (error) {
  const known = error instanceof StartupError || error instanceof ConfigError;
  console.error(known ? `Galley could not start: ${(error as Error).message}` : error);
  process.exit(1);
}
