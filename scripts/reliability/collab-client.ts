import { HocuspocusProvider, type HocuspocusProviderConfiguration } from "@hocuspocus/provider";
import WebSocket from "ws";
import * as Y from "yjs";
import { BODY_FIELD, schemaFingerprint } from "../../lib/content/collab-doc";
import type { PrismaClient } from "../../lib/db-client";
import { createArticle, createUser } from "../../prisma/factories";

/**
 * A co-editor outside the browser, for the reliability suite and the co-editing bench: the
 * same provider the editor uses (Hocuspocus over a WebSocket at /collab, the session
 * cookie in the handshake), typing into the body's first paragraph.
 */
export type CollabClient = {
  ydoc: Y.Doc;
  provider: HocuspocusProvider;
  /** Appends `text` to the first paragraph, as typing at its end does. */
  type(text: string): void;
  /** The first paragraph's text as this client has it. */
  text(): string;
  /** Whether everything typed here has been acknowledged by the server. */
  isSynced(): boolean;
  whenSynced(timeoutMs: number): Promise<boolean>;
  destroy(): void;
};

/** The article's co-editing lineage: the editor page creates the document on first open. */
export async function openForCoEditing(
  db: PrismaClient,
  base: string,
  articleId: string,
  cookie: string,
): Promise<string> {
  const response = await fetch(`${base}/newsroom/articles/${articleId}`, { headers: { cookie } });
  if (!response.ok) throw new Error(`the editor page answered ${response.status}`);
  const doc = await db.articleBodyDoc.findUniqueOrThrow({ where: { articleId } });
  return doc.lineage;
}

export function connectCollab(options: {
  base: string;
  articleId: string;
  cookie: string;
  lineage: string;
}): CollabClient {
  const { base, cookie } = options;
  class SessionSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie, origin: base } });
    }
  }
  const ydoc = new Y.Doc();
  const configuration = {
    url: `${base.replace(/^http/, "ws")}/collab`,
    name: options.articleId,
    document: ydoc,
    token: JSON.stringify({ schema: schemaFingerprint(), lineage: options.lineage }),
    // Passed on to the provider's own socket: reconnect quickly after a restart.
    WebSocketPolyfill: SessionSocket,
    delay: 300,
    factor: 1.5,
    maxDelay: 2_000,
    minDelay: 300,
  } as HocuspocusProviderConfiguration;
  const provider = new HocuspocusProvider(configuration);
  const paragraphText = () => {
    const paragraph = ydoc.getXmlFragment(BODY_FIELD).get(0) as Y.XmlElement | undefined;
    return paragraph?.get(0) as Y.XmlText | undefined;
  };
  const isSynced = () => provider.isSynced && !provider.hasUnsyncedChanges;
  return {
    ydoc,
    provider,
    type(text) {
      const node = paragraphText();
      if (!node) throw new Error("the document has not arrived yet");
      node.insert(node.length, text);
    },
    text: () => paragraphText()?.toString() ?? "",
    isSynced,
    async whenSynced(timeoutMs) {
      const end = Date.now() + timeoutMs;
      while (Date.now() < end) {
        if (isSynced() && paragraphText()) return true;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return false;
    },
    destroy: () => provider.destroy(),
  };
}

/**
 * A new story and two editors co-editing it, each through the instance at their own base
 * (the harness's app unless told otherwise), both joined; `joined` false if either failed.
 */
export async function twoCoEditors(
  harness: { db: PrismaClient; base: string; cookie(userId: string): Promise<string> },
  bases: [string, string] = [harness.base, harness.base],
): Promise<{ articleId: string; clients: [CollabClient, CollabClient]; joined: boolean }> {
  const owner = await createUser(harness.db, { role: "REPORTER" });
  const article = await createArticle(harness.db, { createdById: owner.id });
  const people = await Promise.all([0, 1].map(() => createUser(harness.db, { role: "EDITOR" })));
  const cookies = await Promise.all(people.map((person) => harness.cookie(person.id)));
  const lineage = await openForCoEditing(harness.db, bases[0], article.id, cookies[0]!);
  const clients = bases.map((base, index) =>
    connectCollab({ base, articleId: article.id, cookie: cookies[index]!, lineage }),
  ) as [CollabClient, CollabClient];
  const joined = (await Promise.all(clients.map((client) => client.whenSynced(15_000)))).every(
    Boolean,
  );
  return { articleId: article.id, clients, joined };
}
