import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { text } from "node:stream/consumers";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/media/[...key]/route";
import { db } from "@/lib/db";
import { createUser } from "@/prisma/factories";
import { makeMediaVariants } from "../jobs/media-variants";
import { parseEnv } from "@/lib/env";
import { listFiles, photoJpeg } from "@/lib/testing/media-images";
import { parseMediaKey } from "./media-keys";
import { setMediaStorage, type MediaStorage } from "./storage";
import { createLocalStorage } from "./storage-local";
import { createS3Storage } from "./storage-s3";
import { uploadMedia } from "./upload-media";

const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

let s3rver: S3rver;
let s3: MediaStorage;
let local: MediaStorage;
let localRoot: string;

beforeAll(async () => {
  // A real S3-compatible server on loopback: the SDK's real requests, signatures and errors.
  s3rver = new S3rver({
    port: 0,
    address: "127.0.0.1",
    silent: true,
    directory: tempDir("galley-s3rver-"),
    configureBuckets: [{ name: "galley-media" }],
  });
  const { port } = await s3rver.run();
  s3 = createS3Storage({
    endpoint: `http://127.0.0.1:${port}`,
    bucket: "galley-media",
    region: "us-east-1",
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    forcePathStyle: true,
  });
  localRoot = tempDir("galley-local-");
  local = createLocalStorage(localRoot);
});

afterAll(async () => {
  setMediaStorage(null);
  await db.$disconnect();
  await s3rver.close();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

const KEY = `o/${"ab".repeat(32)}.jpg`;

describe.each([
  ["local filesystem", () => local],
  ["S3 (s3rver on 127.0.0.1)", () => s3],
])("media storage: %s", (_name, storage) => {
  it("puts, reads back, tells existence and deletes", async () => {
    const store = storage();
    expect(await store.exists(KEY)).toBe(false);
    expect(await store.get(KEY)).toBeNull();
    await store.put(KEY, Buffer.from("jpeg bytes"), "image/jpeg");
    expect(await store.exists(KEY)).toBe(true);
    const object = await store.get(KEY);
    expect(object).toMatchObject({ contentType: "image/jpeg", size: 10 });
    expect(await text(object!.body)).toBe("jpeg bytes");
    const variant = `v/${"ab".repeat(32)}/320.webp`;
    await store.put(variant, Buffer.from("webp"), "image/webp");
    expect((await store.get(variant))?.contentType).toBe("image/webp");
    await store.delete(KEY);
    await store.delete(KEY); // a missing object is not an error
    expect(await store.exists(KEY)).toBe(false);
    expect(await store.exists(variant)).toBe(true);
  });
});

describe("media on S3, end to end", () => {
  it("uploads, makes variants and serves them from the bucket", async () => {
    setMediaStorage(s3);
    const user = await createUser(db);
    const bytes = await photoJpeg({ width: 700, height: 400, seed: 7 });
    const view = await uploadMedia(
      { id: user.id, role: "REPORTER" },
      { bytes, filename: "s3.jpg" },
    );
    expect(await s3.exists(view.url.replace("/media/", ""))).toBe(true);
    const { checksum } = await db.media.findUniqueOrThrow({ where: { id: view.id } });
    await makeMediaVariants(checksum);
    const key = `v/${checksum}/640.webp`;
    const response = await GET(new Request(`http://localhost/media/${key}`), {
      params: Promise.resolve({ key: key.split("/") }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(100);
  });
});

describe("local storage", () => {
  it("leaves no partial or temporary file when a write fails", async () => {
    const root = tempDir("galley-local-fail-");
    const store = createLocalStorage(root);
    // A directory where the file should go makes the rename fail after the temp write.
    fs.mkdirSync(path.join(root, KEY), { recursive: true });
    await expect(store.put(KEY, Buffer.alloc(1024), "image/jpeg")).rejects.toThrow();
    expect(listFiles(root)).toEqual([]);
  });

  it("refuses keys that escape its folder", async () => {
    await expect(local.put("../escape.jpg", Buffer.from("x"), "image/jpeg")).rejects.toThrow();
    expect(fs.existsSync(path.join(localRoot, "..", "escape.jpg"))).toBe(false);
  });
});

describe("parseMediaKey", () => {
  const sha = "0123456789abcdef".repeat(4);
  it("accepts exactly the keys Galley writes", () => {
    expect(parseMediaKey(`o/${sha}.jpg`)).toMatchObject({ width: null, contentType: "image/jpeg" });
    expect(parseMediaKey(`v/${sha}/1920.avif`)).toMatchObject({ width: 1920, ext: "avif" });
  });
  it.each([
    `o/${sha}.svg`,
    `o/${sha.toUpperCase()}.jpg`,
    `o/${sha}.jpg/../../etc/passwd`,
    `../o/${sha}.jpg`,
    `v/${sha}/0320.webp`,
    `v/${sha}/../${sha}.jpg`,
    `o/${sha.slice(1)}.jpg`,
    `o/${sha}.jpg.tmp`,
  ])("refuses %s", (key) => {
    expect(parseMediaKey(key)).toBeNull();
  });
});

describe("S3 configuration", () => {
  const full = {
    S3_ENDPOINT: "http://127.0.0.1:9000",
    S3_BUCKET: "galley-media",
    S3_ACCESS_KEY_ID: "key",
    S3_SECRET_ACCESS_KEY: "secret",
  };
  it("takes all four settings, with a default region", () => {
    expect(parseEnv(full)).toMatchObject({ S3_REGION: "us-east-1", S3_FORCE_PATH_STYLE: false });
  });
  it("names the missing settings in one sentence", () => {
    expect(() => parseEnv({ S3_ENDPOINT: full.S3_ENDPOINT, S3_BUCKET: full.S3_BUCKET })).toThrow(
      /^S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set too: media in an S3-compatible store/,
    );
    expect(() => parseEnv({ ...full, S3_ENDPOINT: "minio" })).toThrow(
      "S3_ENDPOINT must be a full URL such as https://s3.eu-west-1.amazonaws.com.",
    );
  });
});
