import crypto from "node:crypto";
import type { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ZCreateContributor, type TContributorFormInput } from "@/lib/schemas/contributors";
import type { Actor } from "@/lib/workflow/permissions";

// Shared by the contributor use-case tests (lib/server/contributors/*.test.ts).

/** The use-cases, imported once the test database is set (they read DATABASE_URL). */
export const loadContributorCases = async () => {
  const { db } = await import("@/lib/db");
  const { createUser } = await import("@/prisma/factories");
  const { createNewsroom, publishStory } = await import("@/lib/testing/publish-story");
  const { createContributorProfile } =
    await import("@/lib/server/contributors/create-contributor-profile");
  const { updateContributor } = await import("@/lib/server/contributors/update-contributor");
  const { mergeContributor } = await import("@/lib/server/contributors/merge-contributor");
  const { deleteContributor } = await import("@/lib/server/contributors/delete-contributor");
  const { listContributorsForAdmin } = await import("@/lib/server/contributors/list-contributors");
  const { findContributor, findContributorRedirect } = await import("@/lib/server/reader/lookups");
  const user = async (role: Actor["role"]) => {
    const { id } = await createUser(db, { role });
    return { id, role } satisfies Actor;
  };
  return {
    db,
    user,
    createNewsroom,
    publishStory,
    createContributorProfile,
    updateContributor,
    mergeContributor,
    deleteContributor,
    listContributorsForAdmin,
    findContributor,
    findContributorRedirect,
  };
};

export const tag = () => crypto.randomBytes(4).toString("hex");
/** A profile form as the browser sends it, with a name and slug no other test uses. */
export function raw(fields: Partial<TContributorFormInput> = {}): TContributorFormInput {
  const id = tag();
  return { name: `陳大文${id}`, slug: `chen-${id}`, kind: "PERSON", ...fields };
}
export const form = (fields: Partial<TContributorFormInput> = {}) =>
  ZCreateContributor.parse(raw(fields));

/** A library row (no file): an image, or with another type, something that is not one. */
export async function image(db: PrismaClient, mimeType = "image/jpeg") {
  const checksum = crypto.randomBytes(32).toString("hex");
  return db.media.create({
    data: {
      checksum,
      storageKey: `originals/${checksum}.jpg`,
      mimeType,
      sizeBytes: 1,
      width: 400,
      height: 400,
    },
  });
}

/** A refusal as its code, details and message; null when it went through. */
export const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: AppError) => ({ code: error.code, ...error.details, message: error.message }),
  );
