import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // pg and the Prisma adapter load native/optional modules at run time: keep them out of the bundle.
  serverExternalPackages: [
    "pg",
    "@prisma/adapter-pg",
    "@node-rs/argon2",
    "graphile-worker",
    "pino",
    // One copy of Yjs per process: bundled into the collab server's chunks and the pages'
    // separately it was loaded twice ("Yjs was already imported"), and Yjs tells its own
    // types apart by constructor, which a second copy breaks.
    "yjs",
  ],
  poweredByHeader: false,
  // Next streams generateMetadata into the body for browsers when it resolves late (a
  // cold first render). The page cache keeps that first render, so a published page
  // could lose its <head> metadata; treat every client like a crawler: always in <head>.
  htmlLimitedBots: /.*/,
  reactStrictMode: true,
  // Builds started by `npm start` skip type checking (`npm run typecheck` and CI do it);
  // a plain `npm run build` still checks.
  typescript: { ignoreBuildErrors: process.env.GALLEY_SKIP_BUILD_TYPECHECK === "1" },
  // Imports carry .docx and text files of up to 5 MB through a server action.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
};

export default withNextIntl(nextConfig);
