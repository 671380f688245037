import { describe, expect, it } from "vitest";
import { z } from "zod";
import { handleJsonMutation } from "./json-route";

const ORIGIN = "http://127.0.0.1:3000";

function post(body: string, type: string | null) {
  return new Request(`${ORIGIN}/api/v1/x`, {
    method: "POST",
    headers: { origin: ORIGIN, host: "127.0.0.1:3000", ...(type ? { "content-type": type } : {}) },
    body,
  });
}

describe("handleJsonMutation", () => {
  it("refuses anything but JSON before reading it, and runs nothing", async () => {
    process.env.NEXTAUTH_URL = ORIGIN;
    let ran = 0;
    const run = async () => {
      ran++;
      return { ok: true };
    };
    for (const type of ["text/plain", "application/x-www-form-urlencoded", null]) {
      const response = await handleJsonMutation(
        post('{"a":1}', type),
        z.strictObject({ a: z.number() }),
        run,
      );
      expect(response.status, String(type)).toBe(415);
      expect(await response.json()).toEqual({
        error: "INVALID_INPUT",
        message: "Send the request as JSON (Content-Type: application/json).",
      });
    }
    expect(ran).toBe(0);
    const ok = await handleJsonMutation(
      post('{"a":1}', "application/json; charset=utf-8"),
      z.strictObject({ a: z.number() }),
      run,
    );
    expect(ok.status).toBe(200);
    expect(ran).toBe(1);
  });

  it("refuses bytes that are not UTF-8 instead of saving replacement characters", async () => {
    process.env.NEXTAUTH_URL = ORIGIN;
    let ran = 0;
    const bytes = Buffer.concat([
      Buffer.from('{"a":"'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('"}'),
    ]);
    const request = new Request(`${ORIGIN}/api/v1/x`, {
      method: "POST",
      headers: { origin: ORIGIN, host: "127.0.0.1:3000", "content-type": "application/json" },
      body: bytes,
    });
    const response = await handleJsonMutation(
      request,
      z.strictObject({ a: z.string() }),
      async () => {
        ran++;
        return {};
      },
    );
    expect(response.status).toBe(400);
    expect((await response.json()).message).toBe(
      "The request is not valid UTF-8 text; nothing was saved.",
    );
    expect(ran).toBe(0);
  });
});
