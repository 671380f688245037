/**
 * `npm run bench:media`: issue 7's speed targets for a 12-megapixel camera JPEG (with
 * EXIF and GPS, so the upload does its full work): the upload answered (≤ 500 ms) and all
 * variants ready (≤ 3 s). Runs in-process on a throwaway database: uploadMedia() is the
 * use-case POST /api/v1/media calls (HTTP and multipart parsing are not timed), and the
 * variants are made by the real graphile-worker runner the app starts, picked up through
 * the queue. Each round waits for its variants before the next upload, so the two figures
 * do not compete for the two cores. Prints the figures; asserts nothing.
 * BENCH_MEDIA_ROUNDS overrides the number of rounds (default 10, plus one warm-up).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { CAMERA_EXIF } from "../lib/testing/media-images";
import { createTestDatabase, startTestServer } from "../lib/testing/test-database";
import { percentile } from "./bench-figures";

const ROUNDS = Number(process.env.BENCH_MEDIA_ROUNDS ?? 10);

const ms = (value: number) => `${value.toFixed(0).padStart(5)} ms`;

async function main() {
  const server = await startTestServer();
  const database = await createTestDatabase(server.serverUrl);
  process.env.DATABASE_URL = database.url;
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), "galley-bench-media-"));
  // Imported after DATABASE_URL is set: these read it on first use.
  const { db } = await import("../lib/db");
  const { setMediaStorage } = await import("../lib/server/media/storage");
  const { createLocalStorage } = await import("../lib/server/media/storage-local");
  const { uploadMedia } = await import("../lib/server/media/upload-media");
  const { startJobRunner } = await import("../lib/server/jobs/runner");
  const { createUser } = await import("../prisma/factories");
  setMediaStorage(createLocalStorage(mediaDir));
  const runner = await startJobRunner(database.url);

  try {
    const user = await createUser(db);
    const actor = { id: user.id, role: user.role };
    process.stdout.write("Making a 4000 × 3000 camera photo… ");
    // Smooth noise compresses like a photograph (about 3 MB at quality 90).
    const pixels = await sharp({
      create: {
        width: 4000,
        height: 3000,
        channels: 3,
        background: "#808080",
        noise: { type: "gaussian", mean: 128, sigma: 40 },
      },
    })
      .blur(1.2)
      .raw()
      .toBuffer();
    // A different quality per round gives different bytes, so no round is a duplicate.
    const photo = (round: number) =>
      sharp(pixels, { raw: { width: 4000, height: 3000, channels: 3 } })
        .withExif(CAMERA_EXIF)
        .withMetadata({ orientation: 1 })
        .jpeg({ quality: 80 + (round % 17) })
        .toBuffer();
    const sample = await photo(0);
    console.log(`${(sample.length / 1024 / 1024).toFixed(1)} MB`);

    const uploads: number[] = [];
    const ready: number[] = [];
    for (let round = 0; round <= ROUNDS; round++) {
      const bytes = await photo(round);
      const started = performance.now();
      const view = await uploadMedia(actor, { bytes, filename: `IMG_${round}.JPG` });
      const answered = performance.now() - started;
      for (;;) {
        const row = await db.media.findUniqueOrThrow({
          where: { id: view.id },
          select: { variantsReadyAt: true },
        });
        if (row.variantsReadyAt) break;
        if (performance.now() - started > 60_000) throw new Error("variants never became ready");
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const allReady = performance.now() - started;
      if (round === 0) continue; // warm-up: sharp's first use loads its codecs
      uploads.push(answered);
      ready.push(allReady);
      console.log(
        `  round ${round}: upload answered ${ms(answered)}, variants ready ${ms(allReady)}`,
      );
    }
    const variants = await db.mediaVariant.count();
    console.log(
      `\n12 MP JPEG, ${ROUNDS} rounds, ${os.cpus().length} cores (in-process, no HTTP; variants via the job queue)`,
    );
    console.log(
      `upload answered      p50 ${ms(percentile(uploads, 50))}  p95 ${ms(percentile(uploads, 95))}  (target ≤ 500 ms)`,
    );
    console.log(
      `all variants ready   p50 ${ms(percentile(ready, 50))}  p95 ${ms(percentile(ready, 95))}  (target ≤ 3000 ms, from the upload's start)`,
    );
    console.log(`variants per photo   ${variants / (ROUNDS + 1)} (5 widths × AVIF, WebP, JPEG)`);
  } finally {
    await runner.stop();
    await db.$disconnect();
    await database.drop();
    await server.stop();
    fs.rmSync(mediaDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
