import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/workflow/permissions";
import { syncLiveUpdateMedia } from "../articles/article-media";
import { recordAudit } from "../audit/record-audit";
import { authorize } from "../auth/authorize";
import {
  assertOpen,
  invalidateCoverage,
  loadUpdate,
  reindexCoverage,
  staleUpdate,
} from "./live-coverage";

type Loaded = Awaited<ReturnType<typeof loadUpdate>>;

/**
 * One change to an update, the same way for every verb: the person must see the coverage
 * and hold the permission (writers may change their own updates; the desk anyone's), the
 * update must still be at the version the form started from, and the change is one
 * guarded UPDATE: two editors saving one update at once change it once, and the other is
 * told it moved on. Readers' copies are dropped when what they see changed.
 */
export async function changeLiveUpdate(input: {
  actor: Actor;
  updateId: string;
  version: number;
  ip?: string | null;
  /** The audit log's name for the change. */
  step: "edit" | "publish" | "remove" | "correct";
  /** Whether the writer of the update may do it too (else the desk alone). */
  ownMay: boolean;
  /** Whether the coverage must be open (published, not ended). */
  needsOpen: boolean;
  /** Refuses (throws) when the update's state does not allow the change. */
  check?: (loaded: Loaded) => void;
  /** The columns to write, worked out after the checks (may throw its own refusal). */
  data: (loaded: Loaded) => Promise<Prisma.LiveUpdateUpdateManyMutationInput>;
  /** Writes inside the transaction after the update (authors, say). */
  after?: (tx: Prisma.TransactionClient) => Promise<void>;
}): Promise<{ version: number; articleId: string }> {
  const loaded = await loadUpdate(input.actor, input.updateId);
  const { update, article, access } = loaded;
  const audit = { resourceType: "live-update", resourceId: update.id, ip: input.ip ?? null };
  const own = update.createdById === input.actor.id;
  if (input.ownMay && own && !can(input.actor, "live.manage", access))
    await authorize(input.actor, "live.post", { article: access, ...audit });
  else await authorize(input.actor, "live.manage", { article: access, ...audit });
  if (input.needsOpen) assertOpen(article);
  input.check?.(loaded);
  if (update.version !== input.version) throw await staleUpdate(update.id);
  const data = await input.data(loaded);
  const changed = await db.$transaction(async (tx) => {
    const result = await tx.liveUpdate.updateMany({
      where: { id: update.id, version: input.version, status: update.status },
      data: { ...data, version: { increment: 1 } },
    });
    if (result.count === 0) return false;
    await input.after?.(tx);
    await syncLiveUpdateMedia(tx, article.id);
    return true;
  });
  if (!changed) throw await staleUpdate(update.id);
  // A pending update was never on the page: only what readers saw, or now see, drops it.
  if (update.status === "PUBLISHED" || data.status === "PUBLISHED") {
    invalidateCoverage(article);
    await reindexCoverage(article.id);
  }
  await recordAudit({
    actorId: input.actor.id,
    action: can(input.actor, "live.manage", access) ? "live.manage" : "live.post",
    outcome: "ALLOWED",
    ...audit,
    details: { step: input.step, articleId: article.id },
  });
  return { version: input.version + 1, articleId: article.id };
}
