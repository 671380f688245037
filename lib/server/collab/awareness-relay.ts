import "server-only";
import { applyAwarenessUpdate, encodeAwarenessUpdate, type Awareness } from "y-protocols/awareness";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { COLLAB_CHANNEL, INSTANCE } from "./body-store";

/**
 * Who is in a story and where their caret is (Yjs awareness, which gives "李榕 is
 * editing") crosses processes like the text does: each instance announces its own
 * editors' awareness changes on `galley_collab`, batched every 50 ms per document, and
 * applies the others'. With several worker processes two people in one story are usually
 * on different ones. Awareness is not stored: a state that stops being renewed (its
 * instance went away) expires after 30 s, as Yjs expires a silent client's.
 */
export type AwarenessMessage = { from: string; doc: string; awareness: string };
/** Sent by an instance that just opened a document: the others announce who is there. */
export type AwarenessQuery = { from: string; doc: string; whoIsHere: true };

/** The origin of states applied from another instance: not announced again. */
const REMOTE = Symbol("remote awareness");
const BATCH_MS = 50;
// NOTIFY payloads must stay under 8,000 bytes; a larger change waits for the next renewal.
const MAX_PAYLOAD = 7_000;

type Change = { added: number[]; updated: number[]; removed: number[] };

export type AwarenessRelay = { announceAll(): void; stop(): void };

const notify = (payload: string) =>
  db.$executeRaw`select pg_notify(${COLLAB_CHANNEL}, ${payload})`.catch((error: unknown) =>
    log.warn({ err: error }, "co-editing presence not announced"),
  );

/**
 * Announces this instance's awareness changes of one document, and asks the others who is
 * there already (their editors renew their state only every 15 s).
 */
export function relayAwareness(doc: string, awareness: Awareness): AwarenessRelay {
  const pending = new Set<number>();
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    const clients = [...pending];
    pending.clear();
    const update = Buffer.from(encodeAwarenessUpdate(awareness, clients)).toString("base64");
    const payload = JSON.stringify({ from: INSTANCE, doc, awareness: update });
    if (payload.length > MAX_PAYLOAD) return;
    void notify(payload);
  };
  const onUpdate = ({ added, updated, removed }: Change, origin: unknown) => {
    if (origin === REMOTE) return;
    for (const client of [...added, ...updated, ...removed]) pending.add(client);
    timer ??= setTimeout(flush, BATCH_MS);
  };
  awareness.on("update", onUpdate);
  void notify(JSON.stringify({ from: INSTANCE, doc, whoIsHere: true } satisfies AwarenessQuery));
  return {
    announceAll() {
      for (const client of awareness.getStates().keys()) pending.add(client);
      timer ??= setTimeout(flush, BATCH_MS);
    },
    stop() {
      awareness.off("update", onUpdate);
      clearTimeout(timer);
    },
  };
}

/** Applies another instance's awareness change to this instance's copy of the document. */
export function applyRemoteAwareness(awareness: Awareness, message: AwarenessMessage): void {
  applyAwarenessUpdate(awareness, Buffer.from(message.awareness, "base64"), REMOTE);
}
