import "server-only";
import * as Y from "yjs";
import { yDocToBody } from "@/lib/content/collab-doc";
import { stripCommentMarks } from "@/lib/content/comment-marks";
import { canonical } from "@/lib/content/doc";
import { listSuggestions, withoutSuggestions } from "@/lib/content/suggestions";

/**
 * The body as it stands without any suggestion or comment range, as one string (what a
 * person who may only suggest must leave exactly as it was), and the suggestions' ids.
 */
function read(ydoc: Y.Doc) {
  const body = yDocToBody(ydoc);
  return {
    accepted: JSON.stringify(canonical(stripCommentMarks(withoutSuggestions(body)))),
    suggestions: listSuggestions(body),
  };
}

/**
 * Whether `update`, sent by `userId`, only proposes (or withdraws proposals, or marks
 * comments): applied to a copy of the document, the accepted body does not change, and
 * every new suggestion is in that person's name. The server holds people who may only
 * suggest to this, whatever their browser sends.
 */
export function onlySuggests(document: Y.Doc, update: Uint8Array, userId: string): boolean {
  const copy = new Y.Doc({ gc: false });
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(document));
  const before = read(copy);
  Y.applyUpdate(copy, update);
  const after = read(copy);
  copy.destroy();
  const known = new Set(before.suggestions.map((entry) => entry.id));
  return (
    before.accepted === after.accepted &&
    after.suggestions.every((entry) => known.has(entry.id) || entry.authorId === userId)
  );
}
