/**
 * The article body as a Yjs document, for co-editing. The browser's Tiptap
 * (Collaboration extension) and the server read and write the same XML fragment; the
 * server derives the stored Tiptap JSON from it, so revisions, search, preview, publishing
 * and the reader keep working on JSON. Pure: no database, no network.
 */
import type { Schema } from "@tiptap/pm/model";
import {
  prosemirrorJSONToYDoc,
  updateYFragment,
  yXmlFragmentToProsemirrorJSON,
} from "@tiptap/y-tiptap";
import * as Y from "yjs";
import type { Doc } from "./doc";
import { galleySchema } from "./editor-extensions";

/** The fragment Tiptap's Collaboration extension binds to (its default `field`). */
export const BODY_FIELD = "default";

/** A Y document holding `body`, as one update (the seed of a new co-editing document). */
export function bodyToUpdate(body: Doc, schema: Schema = galleySchema()): Uint8Array {
  const ydoc = prosemirrorJSONToYDoc(schema, body, BODY_FIELD);
  const update = Y.encodeStateAsUpdate(ydoc);
  ydoc.destroy();
  return update;
}

/** The Tiptap JSON of a Y document's body (an empty document becomes one empty paragraph). */
export function yDocToBody(ydoc: Y.Doc): Doc {
  const json = yXmlFragmentToProsemirrorJSON(ydoc.getXmlFragment(BODY_FIELD)) as Doc;
  if (!json.content || json.content.length === 0)
    return { type: "doc", content: [{ type: "paragraph" }] };
  return json;
}

/** A Y document built from a stored state and the updates after it. */
export function loadYDoc(parts: readonly Uint8Array[]): Y.Doc {
  const ydoc = new Y.Doc();
  Y.transact(ydoc, () => {
    for (const part of parts) Y.applyUpdate(ydoc, part);
  });
  return ydoc;
}

/**
 * The update that turns the document's body into `body` (a restored revision, a merge,
 * a script conversion written on the server), changing only what differs so carets and
 * unchanged paragraphs keep their identity. Null when nothing differs.
 */
export function replaceBodyUpdate(
  ydoc: Y.Doc,
  body: Doc,
  schema: Schema = galleySchema(),
): Uint8Array | null {
  const before = Y.encodeStateVector(ydoc);
  const node = schema.nodeFromJSON(body);
  ydoc.transact(() => {
    updateYFragment(ydoc, ydoc.getXmlFragment(BODY_FIELD), node, {
      mapping: new Map(),
      isOMark: new Map(),
    });
  });
  const update = Y.encodeStateAsUpdate(ydoc, before);
  // An update that carries no structs and an empty delete set is a few bytes long.
  return update.length > 2 ? update : null;
}

/**
 * The schema's fingerprint: node and mark names with their attribute names. A browser
 * running an older editor (its fingerprint differs) is told to reload instead of
 * writing nodes it does not know, or dropping attributes it does not keep.
 */
export function schemaFingerprint(schema: Schema = galleySchema()): string {
  const describe = (types: Record<string, { spec: { attrs?: Record<string, unknown> | null } }>) =>
    Object.entries(types)
      .map(
        ([name, type]) =>
          `${name}(${Object.keys(type.spec.attrs ?? {})
            .sort()
            .join(",")})`,
      )
      .sort()
      .join(";");
  // FNV-1a: the browser computes the same string from its own schema, without a crypto API.
  let hash = 0x811c9dc5;
  for (const char of `${describe(schema.nodes)}|${describe(schema.marks)}`) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
