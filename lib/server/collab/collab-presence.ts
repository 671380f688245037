import "server-only";
import { db } from "@/lib/db";
import { log } from "@/lib/log";

/**
 * "Editing now" outside the editor (the stories list, the heartbeat API) from the
 * co-editing connections: a row in EditingPresence while someone is connected, refreshed
 * every ten seconds, removed when their last connection to the article closes.
 */
export function createPresence() {
  // articleId → userId → open connections on this instance
  const open = new Map<string, Map<string, number>>();

  const touch = (pairs: Array<[string, string]>) =>
    pairs.length === 0
      ? Promise.resolve()
      : db.$executeRaw`
          insert into "EditingPresence" ("articleId", "userId", "lastSeenAt")
          select a::uuid, u::uuid, now()
          from unnest(${pairs.map((p) => p[0])}::text[], ${pairs.map((p) => p[1])}::text[]) as t(a, u)
          on conflict ("articleId", "userId") do update set "lastSeenAt" = now()`.then(
          () => undefined,
        );

  const warn = (error: unknown) => log.warn({ err: error }, "editing presence not recorded");

  return {
    join(articleId: string, userId: string) {
      const users = open.get(articleId) ?? new Map<string, number>();
      users.set(userId, (users.get(userId) ?? 0) + 1);
      open.set(articleId, users);
      touch([[articleId, userId]]).catch(warn);
    },
    leave(articleId: string, userId: string) {
      const users = open.get(articleId);
      const count = (users?.get(userId) ?? 1) - 1;
      if (count > 0) return void users!.set(userId, count);
      users?.delete(userId);
      if (users?.size === 0) open.delete(articleId);
      db.editingPresence.deleteMany({ where: { articleId, userId } }).catch(warn);
    },
    async beat() {
      const pairs: Array<[string, string]> = [];
      for (const [articleId, users] of open)
        for (const userId of users.keys()) pairs.push([articleId, userId]);
      await touch(pairs).catch(warn);
    },
  };
}
