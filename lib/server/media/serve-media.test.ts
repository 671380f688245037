import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/media/[...key]/route";
import { setMediaStorage } from "./storage";
import { createLocalStorage } from "./storage-local";

const sha = "c0ffee".repeat(10) + "abcd";
let root: string;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "galley-serve-"));
  const storage = createLocalStorage(root);
  setMediaStorage(storage);
  await storage.put(`o/${sha}.jpg`, Buffer.from("original"), "image/jpeg");
  await storage.put(`v/${sha}/640.avif`, Buffer.from("variant"), "image/avif");
  fs.writeFileSync(path.join(root, "secret.txt"), "not media");
});

afterAll(() => {
  setMediaStorage(null);
  fs.rmSync(root, { recursive: true, force: true });
});

const get = (key: string, headers: Record<string, string> = {}) =>
  GET(new Request(`http://localhost/media/${key}`, { headers }), {
    params: Promise.resolve({ key: key.split("/") }),
  });

describe("GET /media/…", () => {
  it("serves an original and a variant as immutable, with their type and an ETag", async () => {
    const original = await get(`o/${sha}.jpg`);
    expect(original.status).toBe(200);
    expect(original.headers.get("content-type")).toBe("image/jpeg");
    expect(original.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(original.headers.get("etag")).toBe(`"${sha}.jpg"`);
    expect(await original.text()).toBe("original");

    const variant = await get(`v/${sha}/640.avif`);
    expect(variant.headers.get("content-type")).toBe("image/avif");
    expect(variant.headers.get("etag")).toBe(`"${sha}-640.avif"`);
    expect(await variant.text()).toBe("variant");
  });

  it("answers 304 to a matching If-None-Match", async () => {
    const response = await get(`o/${sha}.jpg`, { "if-none-match": `"${sha}.jpg"` });
    expect(response.status).toBe(304);
  });

  it.each([
    `o/${"0".repeat(64)}.jpg`,
    `v/${sha}/320.avif`,
    "secret.txt",
    `o/${sha}.jpg/../../secret.txt`,
    "../secret.txt",
    `o/${sha}.svg`,
  ])("answers 404 for %s", async (key) => {
    const response = await get(key);
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});
