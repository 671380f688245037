import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { projectRoot } from "./app-process";

/**
 * A throwaway nginx (Debian's `nginx-light`, or any nginx on PATH) for benchmarks and
 * end-to-end tests: its own prefix, pid, logs and temp folders under /tmp, readable by the
 * unprivileged user its workers run as when started by root.
 */
export type Nginx = { dir: string; stop(): Promise<void> };

export const NGINX_BINARY = process.env.NGINX_BINARY ?? "nginx";

export function hasNginx(): boolean {
  return !spawnSync(NGINX_BINARY, ["-v"]).error;
}

/** Where Debian installs dynamic modules (the cache purge module among them). */
export function nginxModule(name: string): string | null {
  const file = path.join("/usr/lib/nginx/modules", name);
  return fs.existsSync(file) ? file : null;
}

/**
 * Starts nginx with `http` (the inside of an http block) and optional top-level lines
 * (`load_module …;`). `{dir}` in either is replaced with the instance's folder.
 */
export function startNginx(http: string, topLevel = ""): Promise<Nginx> {
  return startNginxConf(`${topLevel}
worker_processes auto;
events { worker_connections 4096; }
http {
  access_log off;
  ${http}
}
`);
}

/**
 * A shipped configuration (deploy/nginx.conf or deploy/nginx-cache.conf) as it is, pointed
 * at these Galley instances and listening on 127.0.0.1:`port`, its caches in a throwaway
 * folder.
 */
export function startGalleyNginx(options: {
  file: "deploy/nginx.conf" | "deploy/nginx-cache.conf";
  port: number;
  upstreams: string[];
}): Promise<Nginx> {
  const shipped = fs.readFileSync(path.join(projectRoot, options.file), "utf8");
  const upstream = `upstream galley {\n${options.upstreams.map((host) => `    server ${host};`).join("\n")}\n    keepalive 64;\n  }`;
  const conf = shipped
    .replace(/upstream galley \{[^}]*\}/, upstream)
    .replace(/listen 8080;/, `listen 127.0.0.1:${options.port};`)
    .replaceAll("/var/cache/nginx/", "{dir}/cache/")
    .replace("http {", "http {\n  access_log off;");
  if (!conf.includes(`127.0.0.1:${options.port}`) || !conf.includes(options.upstreams[0]!))
    throw new Error(`${options.file} changed shape: the test cannot point it at Galley`);
  return startNginxConf(conf);
}

/** Starts nginx with a whole configuration; `{dir}` is the instance's folder. */
async function startNginxConf(text: string): Promise<Nginx> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "galley-nginx-"));
  fs.chmodSync(dir, 0o755);
  for (const sub of ["logs", "temp", "cache"]) fs.mkdirSync(path.join(dir, sub));
  fs.chmodSync(path.join(dir, "cache"), 0o777);
  fs.chmodSync(path.join(dir, "temp"), 0o777);
  // Run-time places first (nginx takes the first pid and error_log), then the config.
  const conf = `pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
${process.getuid?.() === 0 ? "user nobody nogroup;" : ""}
${text.replaceAll("{dir}", dir)}`.replace(
    /http \{/,
    `http {
  client_body_temp_path ${dir}/temp/body;
  proxy_temp_path ${dir}/temp/proxy;
  fastcgi_temp_path ${dir}/temp/fastcgi;
  uwsgi_temp_path ${dir}/temp/uwsgi;
  scgi_temp_path ${dir}/temp/scgi;`,
  );
  const confFile = path.join(dir, "nginx.conf");
  fs.writeFileSync(confFile, conf);
  const child = spawn(NGINX_BINARY, ["-p", dir, "-c", confFile, "-g", "daemon off;"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // Ready when the pid file appears (or fail with what nginx said).
  const deadline = Date.now() + 10_000;
  while (!fs.existsSync(path.join(dir, "nginx.pid"))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      const log = fs.readFileSync(path.join(dir, "logs/error.log"), "utf8");
      throw new Error(`nginx did not start: ${stderr}${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    dir,
    async stop() {
      child.kill("SIGQUIT");
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
