import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { CONTENT_TYPES } from "./media-keys";
import type { MediaStorage } from "./storage";

/**
 * Media on the local filesystem under `root`. A write goes to a temporary file in the
 * same folder and is renamed into place, so a crash or a full disk never leaves a partial
 * object under a real key (rename is atomic on one filesystem).
 */
export function createLocalStorage(root: string): MediaStorage {
  const resolve = (key: string) => {
    const file = path.resolve(root, key);
    // Keys are validated by callers; this is the last guard against escaping the root.
    if (!file.startsWith(path.resolve(root) + path.sep)) throw new Error(`Bad media key: ${key}`);
    return file;
  };

  return {
    async put(key, bytes) {
      const file = resolve(key);
      await fs.promises.mkdir(path.dirname(file), { recursive: true });
      const temp = `${file}.${crypto.randomBytes(6).toString("hex")}.tmp`;
      try {
        await fs.promises.writeFile(temp, bytes, { flag: "wx" });
        await fs.promises.rename(temp, file);
      } catch (error) {
        await fs.promises.rm(temp, { force: true });
        throw error;
      }
    },

    async get(key) {
      const file = resolve(key);
      let handle: fs.promises.FileHandle;
      try {
        handle = await fs.promises.open(file, "r");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
      const { size } = await handle.stat();
      const stream = handle.createReadStream();
      const ext = path.extname(file).slice(1);
      return {
        body: Readable.toWeb(stream) as ReadableStream<Uint8Array>,
        contentType: CONTENT_TYPES[ext] ?? "application/octet-stream",
        size,
      };
    },

    async exists(key) {
      try {
        return (await fs.promises.stat(resolve(key))).isFile();
      } catch {
        return false;
      }
    },

    async delete(key) {
      await fs.promises.rm(resolve(key), { force: true });
    },
  };
}
