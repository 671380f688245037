import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, loggablePath, requestContext, requestIdFor } from "./log";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  // The app's logger, writing here instead of stdout.
  const logger = createLogger(stream);
  logger.level = "info";
  return { lines, logger };
}

describe("the log", () => {
  it("puts the request id on every line written while handling a request", () => {
    const { lines, logger } = capture();
    requestContext.run({ requestId: "req-12345678" }, () => {
      logger.info({ status: 200 }, "request");
      logger.error("failed");
    });
    logger.info("outside");
    expect(lines.map((line) => line.requestId)).toEqual([
      "req-12345678",
      "req-12345678",
      undefined,
    ]);
  });

  it("never writes passwords, tokens, cookies or secret path segments", () => {
    const { lines, logger } = capture();
    logger.info({ password: "galley-demo", headers: { cookie: "galley.session=abc" }, token: "t" });
    const text = JSON.stringify(lines);
    expect(text).not.toContain("galley-demo");
    expect(text).not.toContain("galley.session=abc");
    expect(lines[0]).toMatchObject({ password: "[redacted]", token: "[redacted]" });
    expect(loggablePath("/reset-password/s3cr3t")).toBe("/reset-password/[redacted]");
    expect(loggablePath("/preview/abcDEF123")).toBe("/preview/[redacted]");
    expect(loggablePath("/articles/a-slug")).toBe("/articles/a-slug");
  });

  it("keeps a well-formed incoming request id and makes one otherwise", () => {
    expect(requestIdFor("abcdef12-3456")).toBe("abcdef12-3456");
    expect(requestIdFor("bad id with spaces")).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFor(undefined)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
