import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { LIVE_CORRECTION_MAX, LIVE_NOTE_MAX, type TLiveUpdateEdit } from "@/lib/schemas/live";
import type { Actor } from "@/lib/workflow/permissions";
import { changeLiveUpdate } from "./change-live-update";
import { liveRefusal } from "./live-coverage";
import { prepareUpdateBody, resolveAuthors } from "./update-content";

/** A note or correction as the schema would have it; refused before anything is read. */
function requiredText(value: string, max: number, emptyMessage: string): string {
  const text = value.trim();
  if (!text) throw new AppError("INVALID_INPUT", emptyMessage);
  if (text.length > max) throw new AppError("INVALID_INPUT", `Keep it under ${max} characters.`);
  return text;
}

type Ref = { actor: Actor; updateId: string; version: number; ip?: string | null };

const notRemoved = ({ update }: { update: { status: string } }) => {
  if (update.status === "REMOVED")
    throw liveRefusal("CONFLICT", "removed", "The update was removed: it cannot be changed.");
};

/**
 * Editing an update's title, text, key event or authors. Readers see "Updated HH:MM" on a
 * published one. A removed update cannot be edited (nor made a key event).
 */
export function editLiveUpdate(
  input: Omit<Ref, "updateId" | "version"> & { edit: TLiveUpdateEdit },
) {
  const { edit } = input;
  let authors: string[] = [];
  return changeLiveUpdate({
    actor: input.actor,
    updateId: edit.updateId,
    version: edit.version,
    ip: input.ip ?? null,
    step: "edit",
    ownMay: true,
    needsOpen: true,
    check: notRemoved,
    data: async ({ update, article }) => {
      const { doc, html } = await prepareUpdateBody(edit.body);
      const current = await currentAuthors(update.id);
      authors = await resolveAuthors(input.actor, article.id, edit.authorIds, current);
      return {
        title: edit.title,
        body: doc as unknown as Prisma.InputJsonValue,
        bodyHtml: html,
        isKey: edit.isKey,
        ...(update.status === "PUBLISHED" ? { editedAt: new Date() } : {}),
      };
    },
    after: async (tx) => {
      await tx.liveUpdateAuthor.deleteMany({ where: { updateId: edit.updateId } });
      await tx.liveUpdateAuthor.createMany({
        data: authors.map((contributorId, position) => ({
          updateId: edit.updateId,
          contributorId,
          position,
        })),
      });
    },
  });
}

async function currentAuthors(updateId: string): Promise<string[]> {
  const rows = await db.liveUpdateAuthor.findMany({
    where: { updateId },
    orderBy: { position: "asc" },
    select: { contributorId: true },
  });
  return rows.map((row) => row.contributorId);
}

/** "Publish update" on an entry that waits for an editor: readers see it from now. */
export function publishLiveUpdate(input: Ref) {
  return changeLiveUpdate({
    ...input,
    step: "publish",
    ownMay: false,
    needsOpen: true,
    check: ({ update }) => {
      if (update.status !== "PENDING")
        throw liveRefusal(
          "CONFLICT",
          update.status === "REMOVED" ? "removed" : "notPending",
          update.status === "REMOVED"
            ? "The update was removed: it cannot be published."
            : "The update is already published.",
        );
    },
    data: async () => ({ status: "PUBLISHED", publishedAt: new Date() }),
  });
}

/**
 * "Remove": readers no longer see the update; it stays on the newsroom's record with who
 * removed it, when and why. Allowed after the coverage ended (a takedown cannot wait).
 */
export async function removeLiveUpdate(input: Ref & { note: string }) {
  const note = requiredText(
    input.note,
    LIVE_NOTE_MAX,
    "Say why the update is removed: the note stays on the record.",
  );
  return changeLiveUpdate({
    ...input,
    step: "remove",
    ownMay: true,
    needsOpen: false,
    check: notRemoved,
    data: async () => ({
      status: "REMOVED",
      removedAt: new Date(),
      removedById: input.actor.id,
      removedNote: note,
      isKey: false,
    }),
  });
}

/**
 * "Add correction" on a published update: shown under it to readers with its time. One
 * per update, kept as written (the record of what was wrong does not change).
 */
export async function correctLiveUpdate(input: Ref & { text: string }) {
  const text = requiredText(
    input.text,
    LIVE_CORRECTION_MAX,
    "Write the correction: it cannot be empty.",
  );
  return changeLiveUpdate({
    ...input,
    step: "correct",
    ownMay: false,
    needsOpen: false,
    check: ({ update }) => {
      if (update.status !== "PUBLISHED")
        throw liveRefusal(
          "CONFLICT",
          update.status === "REMOVED" ? "removed" : "notPending",
          "Only a published update can carry a correction.",
        );
      if (update.correction)
        throw liveRefusal("CONFLICT", "corrected", "This update already carries a correction.");
    },
    data: async () => ({ correction: text, correctedAt: new Date() }),
  });
}
