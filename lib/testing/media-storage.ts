import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { db } from "@/lib/db";
import { setMediaStorage } from "@/lib/server/media/storage";
import { createLocalStorage } from "@/lib/server/media/storage-local";
import { createUser } from "@/prisma/factories";

/**
 * A test file's media storage in a folder of its own, and a reporter to upload as; both
 * set up before the file's tests and removed after them (with the database client).
 */
export function tempMediaStorage() {
  const storage = { root: "", actor: { id: "", role: "REPORTER" as const } };
  beforeAll(async () => {
    storage.root = fs.mkdtempSync(path.join(os.tmpdir(), "galley-media-"));
    setMediaStorage(createLocalStorage(storage.root));
    storage.actor.id = (await createUser(db)).id;
  });
  afterAll(async () => {
    setMediaStorage(null);
    fs.rmSync(storage.root, { recursive: true, force: true });
    await db.$disconnect();
  });
  return storage;
}
