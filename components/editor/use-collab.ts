"use client";

import { HocuspocusProvider } from "@hocuspocus/provider";
import { useCallback, useEffect, useRef, useState } from "react";
import { IndexeddbPersistence } from "y-indexeddb";
import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { yDocToBody } from "@/lib/content/collab-doc";
import { docToPlainText, type Doc } from "@/lib/content/doc";
import { colorFor } from "@/lib/content/suggestion-marks";

/** What the editor page hands the browser to join the article's co-editing document. */
export type CollabSetup = {
  /** The document's lineage: names the browser's offline copy, checked by the server. */
  lineage: string;
  /** The whole document as one Yjs update (base64), so the body shows before any socket. */
  state: string;
  user: { id: string; name: string };
  /** The editor schema's fingerprint for this build: the server refuses an older one. */
  schema: string;
};

export type Peer = { clientId: number; userId: string; name: string; color: string };
export type CollabStatus = "connecting" | "synced" | "sending" | "offline";
export type Refusal =
  "signed-out" | "not-found" | "outdated" | "permission-denied" | "suggest-only";
/** How the server lets this person type in the body: as edits, as suggestions, or not. */
export type BodyMode = "edit" | "suggest" | "read";

function fromBase64(text: string): Uint8Array {
  const bytes = atob(text);
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes.charCodeAt(i);
  return out;
}

/**
 * Whether changes made here still wait for the server. A read-only connection's own
 * changes (none the person typed: plugins normalising the document) are refused by the
 * server and never acknowledged, so they do not count.
 */
function hasUnsent(provider: HocuspocusProvider): boolean {
  return provider.authorizedScope !== "readonly" && provider.hasUnsyncedChanges;
}

type Committed = { ok: boolean; version?: number; metaVersion?: number };

/**
 * The article's body as a shared Yjs document: started from the page's copy, kept on the
 * device (IndexedDB, one record per change, so nothing is rewritten per keystroke) and
 * synced through Hocuspocus at /collab with the newsroom session. Changes made offline
 * merge when the socket is back.
 */
export function useCollab(articleId: string, setup: CollabSetup) {
  // The document and the awareness exist before the socket: the editor binds to them at
  // once, and the carets' plugin reads the awareness the provider will use.
  const [{ ydoc, awareness }] = useState(() => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, fromBase64(setup.state));
    return { ydoc: doc, awareness: new Awareness(doc) };
  });
  const [provider, setProvider] = useState<HocuspocusProvider | null>(null);
  const [status, setStatus] = useState<CollabStatus>("connecting");
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [peers, setPeers] = useState<Peer[]>([]);
  // The server's word on how this person may type now (null: as the page said).
  const [mode, setMode] = useState<BodyMode | null>(null);
  const waiting = useRef(new Map<string, (answer: Committed) => void>());
  // While an input method composes in suggestion mode, its raw changes wait here and go
  // as one update with the suggestion they become (see suggest-mode.ts).
  const held = useRef<{ on: boolean; updates: Uint8Array[] }>({ on: false, updates: [] });
  const sendRef = useRef<((update: Uint8Array) => void) | null>(null);

  useEffect(() => {
    const local = new IndexeddbPersistence(`galley-body-${articleId}-${setup.lineage}`, ydoc);
    const scheme = window.location.protocol === "https:" ? "wss" : "ws";
    const next = new HocuspocusProvider({
      url: `${scheme}://${window.location.host}/collab`,
      // Handed on to the provider's socket: after a restart or an outage, try again soon
      // (the library's default waits up to 30 s between attempts).
      ...({ delay: 500, factor: 1.5, minDelay: 500, maxDelay: 5_000 } as object),
      name: articleId,
      document: ydoc,
      awareness,
      token: JSON.stringify({ schema: setup.schema, lineage: setup.lineage }),
      onAuthenticationFailed: ({ reason }) =>
        setRefusal(
          ["signed-out", "not-found", "outdated"].includes(reason)
            ? (reason as Refusal)
            : "permission-denied",
        ),
      // The first connection is not an outage: only a lost or refused socket is "offline".
      onStatus: ({ status: socket }) => {
        if (socket === "disconnected") setStatus("offline");
        else if (socket === "connecting")
          setStatus((current) => (current === "connecting" ? current : "offline"));
      },
      // The server closed the document: a change went further than suggesting.
      onClose: ({ event }) => {
        if (event.reason === "suggest-only") setRefusal("suggest-only");
      },
      onSynced: () => setStatus(hasUnsent(next) ? "sending" : "synced"),
      onUnsyncedChanges: () =>
        setStatus((current) =>
          current === "offline" || current === "connecting"
            ? current
            : hasUnsent(next)
              ? "sending"
              : "synced",
        ),
      onStateless: ({ payload }) => {
        const message = JSON.parse(payload) as { type?: string; id?: string; mode?: BodyMode };
        if (message.type === "access")
          setMode(message.mode === "edit" || message.mode === "suggest" ? message.mode : "read");
        if (message.type === "committed" && message.id) {
          waiting.current.get(message.id)?.(message as Committed);
          waiting.current.delete(message.id);
        }
      },
      onAwarenessChange: ({ states }) => {
        const seen = new Set<string>();
        const others: Peer[] = [];
        for (const state of states as Array<{ clientId: number; user?: Partial<Peer> }>) {
          const user = state.user;
          if (state.clientId === ydoc.clientID || !user?.userId || !user.name) continue;
          if (user.userId === setup.user.id || seen.has(user.userId)) continue;
          seen.add(user.userId);
          others.push({
            clientId: state.clientId,
            userId: user.userId,
            name: user.name,
            color: user.color ?? colorFor(user.userId),
          });
        }
        // Carets move with every keystroke: re-render only when who is here changed.
        const key = others.map((peer) => `${peer.userId}:${peer.name}:${peer.color}`).join("|");
        setPeers((current) =>
          current.map((peer) => `${peer.userId}:${peer.name}:${peer.color}`).join("|") === key
            ? current
            : others,
        );
      },
    });
    // The provider sends each change as it happens; this stands in front of it to hold.
    const internals = next as unknown as {
      boundDocumentUpdateHandler: (update: Uint8Array, origin: unknown) => void;
    };
    const send = internals.boundDocumentUpdateHandler;
    ydoc.off("update", send);
    const forward = (update: Uint8Array, origin: unknown) => {
      if (held.current.on && origin !== next) held.current.updates.push(update);
      else send(update, origin);
    };
    ydoc.on("update", forward);
    sendRef.current = (update) => send(update, null);
    setProvider(next);
    // The browser knows before the socket does: stop sending into a dead connection, and
    // reconnect (which merges what was typed meanwhile) as soon as it is back.
    const goOffline = () => {
      next.disconnect();
      setStatus("offline");
    };
    const goOnline = () => void next.connect();
    window.addEventListener("offline", goOffline);
    window.addEventListener("online", goOnline);
    const pending = waiting.current;
    return () => {
      ydoc.off("update", forward);
      sendRef.current = null;
      window.removeEventListener("offline", goOffline);
      window.removeEventListener("online", goOnline);
      for (const resolve of pending.values()) resolve({ ok: false });
      pending.clear();
      next.destroy();
      void local.destroy();
      setProvider(null);
    };
  }, [articleId, setup.lineage, setup.schema, setup.user.id, ydoc, awareness]);

  /**
   * Everything typed here is on the server and the working copy is derived from it: the
   * version a workflow step or "Save version" goes on from (null when offline).
   */
  const commit = useCallback(
    async (kind: "AUTOSAVE" | "MANUAL"): Promise<Committed> => {
      if (!provider) return { ok: false };
      const synced = await new Promise<boolean>((resolve) => {
        if (!hasUnsent(provider) && provider.isSynced) return resolve(true);
        const started = Date.now();
        const timer = setInterval(() => {
          if (!hasUnsent(provider) && provider.isSynced) {
            clearInterval(timer);
            resolve(true);
          } else if (Date.now() - started > 5_000) {
            clearInterval(timer);
            resolve(false);
          }
        }, 20);
      });
      if (!synced) return { ok: false };
      const id = crypto.randomUUID();
      return new Promise<Committed>((resolve) => {
        waiting.current.set(id, resolve);
        provider.sendStateless(JSON.stringify({ type: "commit", id, kind }));
        setTimeout(() => {
          if (waiting.current.delete(id)) resolve({ ok: false });
        }, 10_000);
      });
    },
    [provider],
  );

  /** Resolves once the document holds `body`'s text (a change made on the server), or after a while. */
  const waitForBody = useCallback(
    (body: unknown, timeoutMs = 10_000) =>
      new Promise<boolean>((resolve) => {
        const check = () => {
          // Its text: the document's JSON and the server's normalised copy differ in form.
          if (docToPlainText(yDocToBody(ydoc)) !== docToPlainText(body as Doc)) return false;
          ydoc.off("update", check);
          clearTimeout(timer);
          resolve(true);
          return true;
        };
        const timer = setTimeout(() => {
          ydoc.off("update", check);
          resolve(false);
        }, timeoutMs);
        if (!check()) ydoc.on("update", check);
      }),
    [ydoc],
  );

  /** Holds back (true) or sends, as one update, what is typed: a composition in progress. */
  const holdUpdates = useCallback((hold: boolean) => {
    const current = held.current;
    current.on = hold;
    if (hold || current.updates.length === 0) return;
    const merged = Y.mergeUpdates(current.updates);
    current.updates = [];
    sendRef.current?.(merged);
  }, []);

  /** What CollaborationCaret shows of this person in the other browsers. */
  const caretUser = {
    userId: setup.user.id,
    name: setup.user.name,
    color: colorFor(setup.user.id),
  };
  return {
    ydoc,
    awareness,
    provider,
    status,
    refusal,
    peers,
    mode,
    commit,
    holdUpdates,
    waitForBody,
    caretUser,
  };
}

export type Collab = ReturnType<typeof useCollab>;
