import "server-only";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { Hocuspocus, MessageType, type Connection } from "@hocuspocus/server";
import * as decoding from "lib0/decoding";
import { WebSocketServer } from "ws";
import * as Y from "yjs";
import { listenOnChannel } from "@/lib/cache-channel";
import { log } from "@/lib/log";
import { admitConnection, bodyMode, type BodyMode, type CollabUser } from "./collab-access";
import {
  COLLAB_CHANNEL,
  INSTANCE,
  readBodyParts,
  readBodyUpdates,
  type CollabMessage,
} from "./body-store";
import { applyRemoteAwareness, relayAwareness, type AwarenessRelay } from "./awareness-relay";
import { deriveBody } from "./derive-body";
import { createPresence } from "./collab-presence";
import { onlySuggests } from "./suggest-guard";
import { createUpdateAppender } from "./update-appender";

/**
 * The origin of updates that came from the database (another instance, or the stored
 * document): Hocuspocus sends them to this instance's editors but does not run the store
 * hooks for them (they are stored already, and deriving the body again is the other
 * instance's or the loader's business).
 */
const FROM_DATABASE = { source: "local", skipStoreHooks: true } as const;

export type Collab = {
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  stop(): Promise<void>;
};

type Context = { user?: CollabUser; mode?: BodyMode };

/** Closes a connection whose change went further than suggesting (the editor explains). */
const SUGGEST_ONLY = { code: 4403, reason: "suggest-only" };
export type CommitRequest = { type: "commit"; id: string; kind: "AUTOSAVE" | "MANUAL" };

/**
 * Co-editing: Hocuspocus over WebSockets at `/collab`, handed the upgrades of the front
 * server (same origin, same session cookie). Each article's body is one Yjs document
 * (named by the article's id); updates are appended to PostgreSQL as they arrive and
 * announced to the other instances; the Tiptap JSON working copy is derived from it two
 * seconds after typing pauses (ten at most), when the last person leaves and on a
 * "commit" message (before a workflow step, or "Save version").
 */
export function startCollab(databaseUrl: string): Collab {
  const appender = createUpdateAppender();
  const presence = createPresence();
  const inOrder = new Map<string, Promise<unknown>>();
  // Announcements that arrive while a document is being read from the database.
  const loading = new Map<string, Uint8Array[]>();
  // Each open document's awareness announcer (awareness-relay.ts).
  const relays = new Map<string, AwarenessRelay>();

  const hocuspocus = new Hocuspocus({
    name: "galley",
    quiet: true,
    debounce: 2_000,
    maxDebounce: 10_000,
    async onAuthenticate({ documentName, token, requestHeaders, connectionConfig }) {
      const cookie = requestHeaders.get("cookie") ?? undefined;
      const { user, mode } = await admitConnection({ cookie }, documentName, token);
      connectionConfig.readOnly = mode === "read";
      return { user, mode } satisfies Context;
    },
    async onLoadDocument({ documentName, document }) {
      loading.set(documentName, []);
      try {
        const stored = await readBodyParts(documentName);
        Y.transact(
          document,
          () => {
            for (const part of stored?.parts ?? []) Y.applyUpdate(document, part);
            for (const part of loading.get(documentName) ?? []) Y.applyUpdate(document, part);
          },
          FROM_DATABASE,
        );
      } finally {
        loading.delete(documentName);
      }
      relays.set(documentName, relayAwareness(documentName, document.awareness));
      return document;
    },
    async afterUnloadDocument({ documentName }) {
      relays.get(documentName)?.stop();
      relays.delete(documentName);
    },
    async connected({ documentName, context, connection }) {
      const { user, mode } = context as Context;
      if (user) presence.join(documentName, user.id);
      connection.sendStateless(JSON.stringify({ type: "access", mode }));
    },
    // Messages of one connection are handled in order, each update stored before it is
    // applied (and acknowledged): a commit that follows updates sees them stored.
    beforeHandleMessage({ connection, documentName, document, update, context }) {
      const previous = inOrder.get(connection.socketId) ?? Promise.resolve();
      const { user, mode } = context as Context;
      const change = connection.readOnly ? null : syncUpdateOf(update);
      const next = previous.then(() => {
        if (!change || !user) return undefined;
        // Checked in turn, once this connection's earlier changes are applied.
        if (mode === "suggest" && !onlySuggests(document, change, user.id))
          throw Object.assign(new Error("suggest-only"), SUGGEST_ONLY);
        return appender.add(documentName, change, user.id);
      });
      inOrder.set(
        connection.socketId,
        next.catch(() => undefined),
      );
      return next;
    },
    async onStoreDocument({ documentName }) {
      await deriveBody(documentName);
    },
    async onDisconnect({ documentName, context, socketId }) {
      inOrder.delete(socketId);
      const user = (context as Context).user;
      if (user) presence.leave(documentName, user.id);
    },
    async onStateless({ connection, documentName, payload }) {
      const request = parseCommit(payload);
      if (!request) return;
      connection.sendStateless(JSON.stringify(await commit(documentName, connection, request)));
    },
  });

  /** Stores what this connection sent and derives the body now; answers the new version. */
  async function commit(doc: string, connection: Connection, request: CommitRequest) {
    const user = (connection.context as Context).user;
    if (!user || (request.kind === "MANUAL" && connection.readOnly))
      return { type: "committed", id: request.id, ok: false };
    try {
      const derived = await deriveBody(doc, {
        kind: request.kind,
        ...(request.kind === "MANUAL" ? { actorId: user.id } : {}),
      });
      return { type: "committed", id: request.id, ok: derived !== null, ...derived };
    } catch (error) {
      log.warn({ err: error, articleId: doc }, "co-editing commit failed");
      return { type: "committed", id: request.id, ok: false };
    }
  }

  /** Someone's permission may have changed with the story's state: ask again, per connection. */
  async function recheckAccess(doc: string) {
    const document = hocuspocus.documents.get(doc);
    for (const connection of document?.getConnections() ?? []) {
      const user = (connection.context as Context).user;
      if (!user) continue;
      const mode = await bodyMode(user.actor, doc).catch((): BodyMode => "read");
      (connection.context as Context).mode = mode;
      connection.readOnly = mode === "read";
      connection.sendStateless(JSON.stringify({ type: "access", mode }));
    }
  }

  async function receive(message: CollabMessage) {
    if ("access" in message) return recheckAccess(message.doc);
    if (message.from === INSTANCE) return;
    const document = hocuspocus.documents.get(message.doc);
    if ("awareness" in message) {
      if (document) applyRemoteAwareness(document.awareness, message);
      return;
    }
    if ("whoIsHere" in message) return relays.get(message.doc)?.announceAll();
    const buffer = loading.get(message.doc);
    if (!document && !buffer) return;
    const updates =
      "update" in message
        ? [Buffer.from(message.update, "base64")]
        : await readBodyUpdates(message.ids);
    if (buffer) buffer.push(...updates);
    else if (document)
      Y.transact(document, () => updates.forEach((u) => Y.applyUpdate(document, u)), FROM_DATABASE);
  }

  const listener = listenOnChannel(databaseUrl, COLLAB_CHANNEL, {
    onPayload(payload) {
      let message: CollabMessage;
      try {
        message = JSON.parse(payload) as CollabMessage;
      } catch {
        return;
      }
      receive(message).catch((error: unknown) =>
        log.warn({ err: error }, "co-editing announcement not applied"),
      );
    },
    // Announcements were missed while disconnected: read every open document again.
    onReset() {
      for (const [name, document] of hocuspocus.documents) {
        void readBodyParts(name).then((stored) =>
          Y.transact(
            document,
            () => stored?.parts.forEach((part) => Y.applyUpdate(document, part)),
            FROM_DATABASE,
          ),
        );
      }
    },
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: 8 * 1024 * 1024 });
  const beat = setInterval(() => void presence.beat(), 10_000);
  beat.unref();

  return {
    handleUpgrade(request, socket, head) {
      sockets.handleUpgrade(request, socket, head, (websocket) => {
        // A socket error is followed by its close, which Hocuspocus is told about.
        websocket.on("error", (error) => log.debug({ err: error }, "co-editing socket error"));
        let client: ReturnType<typeof hocuspocus.handleConnection>;
        try {
          // Hocuspocus takes the web's Request and is handed each frame and the close.
          client = hocuspocus.handleConnection(websocket, webRequest(request));
        } catch (error) {
          log.warn({ err: error }, "co-editing connection refused");
          return websocket.close(1008, "bad-request");
        }
        websocket.on("message", (data: Buffer) => client.handleMessage(new Uint8Array(data)));
        websocket.on("close", (code, reason) =>
          client.handleClose({ code, reason: reason.toString() }),
        );
      });
    },
    async stop() {
      clearInterval(beat);
      hocuspocus.closeConnections();
      await listener.stop();
      sockets.close();
    },
  };
}

/** The upgrade request as a web Request (only its address and headers are read). */
function webRequest(request: IncomingMessage): Request {
  const headers = new Headers();
  for (let i = 0; i + 1 < request.rawHeaders.length; i += 2)
    headers.append(request.rawHeaders[i]!, request.rawHeaders[i + 1]!);
  return new Request(new URL(request.url ?? "/", `http://${request.headers.host ?? "localhost"}`), {
    headers,
  });
}

/** The Yjs update a Sync message carries (step 2 or update), or null for anything else. */
function syncUpdateOf(message: Uint8Array): Uint8Array | null {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type !== MessageType.Sync && type !== MessageType.SyncReply) return null;
    const step = decoding.readVarUint(decoder);
    if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return null;
    const update = decoding.readVarUint8Array(decoder);
    return update.length > EMPTY_UPDATE_BYTES ? update : null;
  } catch {
    return null; // Hocuspocus refuses what it cannot read
  }
}

const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;
// An update with no changes and an empty delete set.
const EMPTY_UPDATE_BYTES = 2;

function parseCommit(payload: string): CommitRequest | null {
  try {
    const value = JSON.parse(payload) as Partial<CommitRequest>;
    if (value.type !== "commit" || typeof value.id !== "string") return null;
    return { type: "commit", id: value.id, kind: value.kind === "MANUAL" ? "MANUAL" : "AUTOSAVE" };
  } catch {
    return null;
  }
}
