import "server-only";
import { db } from "@/lib/db";
import type { NotificationKind } from "@/lib/generated/prisma/client";

export type NotificationRow = {
  id: string;
  kind: NotificationKind;
  articleId: string | null;
  /** Planning notices (a pitch decided, an assignment) open the planned item instead. */
  planItemId: string | null;
  headline: string | null;
  /** Who acted; null when Galley did (a scheduled publish, its failure). */
  actorName: string | null;
  message: string | null;
  read: boolean;
  createdAt: Date;
};

/** A person's notifications, newest first. Only ever their own: the id comes from the session. */
export async function listNotifications(userId: string, limit = 50): Promise<NotificationRow[]> {
  const rows = await db.notification.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(limit, 1), 200),
    select: {
      id: true,
      kind: true,
      articleId: true,
      planItemId: true,
      message: true,
      readAt: true,
      createdAt: true,
      article: { select: { headline: true } },
      planItem: { select: { headline: true } },
      actor: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    articleId: row.articleId,
    planItemId: row.planItemId,
    headline: row.article?.headline ?? row.planItem?.headline ?? null,
    actorName: row.actor?.name ?? null,
    message: row.message,
    read: row.readAt !== null,
    createdAt: row.createdAt,
  }));
}

export function countUnread(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

/** Marks one (or, without an id, every) unread notification of this person read. */
export async function markRead(userId: string, notificationId?: string): Promise<void> {
  await db.notification.updateMany({
    where: { userId, readAt: null, ...(notificationId ? { id: notificationId } : {}) },
    data: { readAt: new Date() },
  });
}
