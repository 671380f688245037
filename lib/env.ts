import { z } from "zod";

/**
 * Galley's configuration, validated once at start-up. Every problem becomes one
 * sentence naming the variable, so a newcomer never reads a stack trace to learn
 * that a port is mistyped. `.env.example` documents each variable.
 */
const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (
        (url.protocol === "postgresql:" || url.protocol === "postgres:") && url.hostname !== ""
      );
    } catch {
      return false;
    }
  }, "must be a PostgreSQL URL such as postgresql://user:password@127.0.0.1:5432/galley");

/** A comma-separated list of URLs, each with one of `protocols`. */
const urlList = (protocols: string[], message: string) =>
  z.string().refine(
    (value) =>
      value.split(",").every((item) => {
        try {
          const url = new URL(item.trim());
          return protocols.includes(url.protocol) && url.hostname !== "";
        } catch {
          return false;
        }
      }),
    message,
  );

const port = z.coerce
  .number({ error: "must be a port number" })
  .int("must be a whole number")
  .min(1, "must be between 1 and 65535")
  .max(65535, "must be between 1 and 65535");

const flag = z
  .enum(["0", "1", "true", "false", ""], { error: "must be 1 or 0" })
  .transform((value) => value === "1" || value === "true");

const timeZone = z.string().refine((value) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}, "must be an IANA time zone such as Asia/Shanghai");

export const envSchema = z
  .object({
    DATABASE_URL: postgresUrl.optional(),
    PORT: port.default(3000),
    HOST: z.string().min(1).default("0.0.0.0"),
    GALLEY_DATA_DIR: z.string().min(1).default(".data"),
    GALLEY_DB_PORT: port.default(54329),
    GALLEY_DEMO: flag.default(false),
    /**
     * Streaming replicas of DATABASE_URL for reader reads (lib/replicas): each is used only
     * once it has replayed every change this process has heard of.
     */
    DATABASE_REPLICA_URLS: urlList(
      ["postgresql:", "postgres:"],
      "must be PostgreSQL URLs separated by commas, such as postgresql://galley:password@10.0.0.2:5432/galley",
    ).optional(),
    /** Front server processes (lib/runtime/workers.ts); unset or empty: one per core, at most 8. */
    GALLEY_WORKERS: z.coerce
      .number({ error: "must be a whole number of processes, such as 4" })
      .int({ error: "must be a whole number of processes, such as 4" })
      .min(1, { error: "must be at least 1" })
      .max(64, { error: "must be at most 64" })
      .optional(),
    /** The shared nginx caches to purge (deploy/nginx-cache.conf, lib/runtime/proxy-purge.ts). */
    GALLEY_PROXY_PURGE_URLS: urlList(
      ["http:", "https:"],
      "must be nginx addresses separated by commas, such as http://127.0.0.1:8080",
    ).optional(),
    /** Where each invalidation is POSTed for a CDN's purge (lib/server/cache/purge-hook.ts). */
    GALLEY_PURGE_WEBHOOK_URL: urlList(
      ["http:", "https:"],
      "must be URLs separated by commas, such as https://purge.example.com/galley",
    ).optional(),
    /** Behind a reverse proxy (deploy/nginx.conf): take the client address from X-Forwarded-For. */
    GALLEY_TRUST_PROXY: flag.default(false),
    GALLEY_TIME_ZONE: timeZone.default("Asia/Shanghai"),
    GALLEY_PUBLIC_URL: z
      .url({ error: "must be a full URL such as https://news.example.com" })
      .optional(),
    NEXTAUTH_SECRET: z.string().optional(),
    SMTP_URL: z
      .string()
      .regex(
        /^smtps?:\/\//,
        "must be an SMTP URL such as smtp://user:password@mail.example.com:587",
      )
      .optional(),
    SMTP_FROM: z.string().min(3).optional(),
    NEXTAUTH_URL: z.url({ error: "must be a full URL such as http://localhost:3000" }).optional(),
    /** Media in an S3-compatible store instead of `${GALLEY_DATA_DIR}/media` (all four or none). */
    S3_ENDPOINT: z
      .url({ error: "must be a full URL such as https://s3.eu-west-1.amazonaws.com" })
      .optional(),
    S3_BUCKET: z.string().trim().min(3, "must be a bucket name").optional(),
    S3_ACCESS_KEY_ID: z.string().trim().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_REGION: z.string().trim().min(1).default("us-east-1"),
    /** Address buckets as endpoint/bucket rather than bucket.endpoint (MinIO and most self-hosted stores). */
    S3_FORCE_PATH_STYLE: flag.default(false),
  })
  .superRefine((env, context) => {
    const s3 = ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;
    const given = s3.filter((name) => env[name] !== undefined);
    if (given.length === 0 || given.length === s3.length) return;
    const missing = s3.filter((name) => env[name] === undefined);
    context.addIssue({
      code: "custom",
      path: [missing.join(" and ")],
      message: `must be set too: media in an S3-compatible store needs the endpoint, the bucket and both keys (${given.join(", ")} ${given.length === 1 ? "is" : "are"} set)`,
    });
  });

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses the environment; throws a ConfigError whose message is one sentence per problem. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  // Empty strings in .env files mean "not set".
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = envSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const sentences = result.error.issues.map((issue) => {
    const name = issue.path.join(".") || "configuration";
    return `${name} ${issue.message.replace(/^Invalid input: /, "")}.`;
  });
  throw new ConfigError(sentences.join(" "));
}
