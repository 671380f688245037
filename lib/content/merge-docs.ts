import type { BlockNode, Doc } from "./doc";

/**
 * The "merged" choice of the conflict view: their document, with every block of mine
 * that theirs does not contain inserted after the block it followed in mine, and after
 * their own version of it when they edited the same place. Nothing either person wrote
 * is lost; what both have is not doubled.
 */
export function mergeDocs(theirs: Doc, mine: Doc): Doc {
  const key = (block: BlockNode) => JSON.stringify(block);
  const mineKeys = new Set(mine.content.map(key));
  const merged = [...theirs.content];
  const present = new Set(merged.map(key));
  let anchor = -1; // index in `merged` after which mine's next new block goes
  for (const block of mine.content) {
    const found = merged.findIndex(
      (candidate, index) => index > anchor && key(candidate) === key(block),
    );
    if (found >= 0) {
      anchor = found;
      continue;
    }
    if (present.has(key(block))) continue;
    // Their edited counterpart of this block (not in mine) comes first, then mine.
    while (anchor + 1 < merged.length && !mineKeys.has(key(merged[anchor + 1]!))) anchor += 1;
    merged.splice(anchor + 1, 0, block);
    present.add(key(block));
    anchor += 1;
  }
  return { type: "doc", content: merged };
}
