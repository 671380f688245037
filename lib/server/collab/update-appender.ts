import "server-only";
import * as Y from "yjs";
import { appendBodyUpdate } from "./body-store";

// Long enough to gather a burst from twenty co-editors into one row, short enough that
// nobody sees it.
const GATHER_MS = 4;

type Batch = {
  updates: Uint8Array[];
  userId: string | null;
  waiters: Array<{ resolve(): void; reject(error: unknown): void }>;
};

/**
 * Writes incoming updates to PostgreSQL before they are applied and acknowledged, merged
 * into one row per document per burst: an acknowledged change is a stored change. When
 * the write fails (the database is away), every waiter is refused; the connection closes
 * and the browser, which still holds its changes, sends them again when it reconnects.
 */
export function createUpdateAppender() {
  const batches = new Map<string, Batch>();

  async function write(doc: string, batch: Batch) {
    try {
      await appendBodyUpdate(doc, Y.mergeUpdates(batch.updates), batch.userId);
      for (const waiter of batch.waiters) waiter.resolve();
    } catch (error) {
      for (const waiter of batch.waiters) waiter.reject(error);
    }
  }

  return {
    /** Resolves once `update` is stored. */
    add(doc: string, update: Uint8Array, userId: string | null): Promise<void> {
      return new Promise((resolve, reject) => {
        let batch = batches.get(doc);
        if (!batch) {
          const fresh: Batch = { updates: [], userId, waiters: [] };
          batch = fresh;
          batches.set(doc, fresh);
          setTimeout(() => {
            batches.delete(doc);
            void write(doc, fresh);
          }, GATHER_MS);
        }
        batch.updates.push(update);
        batch.userId = userId;
        batch.waiters.push({ resolve, reject });
      });
    },
  };
}
