import { diff3, sameItems } from "./diff3";
import { canonical, type BlockNode, type Doc } from "./doc";

/**
 * Where a merge could not decide: in `doc.content`, from `start`, first `mine` blocks of
 * mine and then `theirs` blocks of theirs. The person keeps one side before saving.
 */
export type MergeConflict = { start: number; mine: number; theirs: number };

export type MergeOutcome = { doc: Doc; conflicts: MergeConflict[] };

const blockKey = (block: BlockNode) => JSON.stringify(canonical(block));

/** Longer paragraphs are not merged word by word (the comparison grows with length²). */
const MAX_TEXT_MERGE = 4000;

/** Words stay whole (so "cat"→"car" and "cat"→"hat" do not make "har"); Han characters, spaces and marks are tokens of their own. */
function tokens(text: string): string[] {
  return text.match(/(?:(?!\p{Script=Han})[\p{L}\p{N}'’_-])+|[\s\S]/gu) ?? [];
}

/** A paragraph or heading whose content is only unmarked text, as that text. */
function plainText(block: BlockNode): string | null {
  if (block.type !== "paragraph" && block.type !== "heading") return null;
  let text = "";
  for (const node of block.content ?? []) {
    if (node.type !== "text" || (node.marks?.length ?? 0) > 0) return null;
    text += node.text;
  }
  return text;
}

function withText(block: BlockNode, text: string): BlockNode {
  const shell = { ...block } as BlockNode & { content?: unknown };
  if (text === "") delete shell.content;
  else shell.content = [{ type: "text", text }];
  return shell;
}

/**
 * Both people changed the same paragraph: when they changed different words of it, both
 * changes are kept. Null when they touched the same words (or the paragraph has
 * formatting, whose ranges a text merge could break).
 */
export function mergeBlockText(
  base: BlockNode,
  mine: BlockNode,
  theirs: BlockNode,
): BlockNode | null {
  if (mine.type !== base.type || theirs.type !== base.type) return null;
  const shell = (block: BlockNode) => blockKey(withText(block, ""));
  if (shell(mine) !== shell(base) || shell(theirs) !== shell(base)) return null;
  const [b, m, t] = [plainText(base), plainText(mine), plainText(theirs)];
  if (b === null || m === null || t === null) return null;
  if (Math.max(b.length, m.length, t.length) > MAX_TEXT_MERGE) return null;
  let merged = "";
  for (const chunk of diff3(tokens(b), tokens(m), tokens(t), (token) => token)) {
    const resolved = "stable" in chunk ? chunk.stable : resolveTokens(chunk);
    if (resolved === null) return null;
    merged += resolved.join("");
  }
  return withText(base, merged);
}

function resolveTokens(chunk: { base: string[]; mine: string[]; theirs: string[] }) {
  const same = (a: string[], b: string[]) => sameItems(a, b, (token) => token);
  if (same(chunk.mine, chunk.base)) return chunk.theirs;
  if (same(chunk.theirs, chunk.base) || same(chunk.mine, chunk.theirs)) return chunk.mine;
  return null;
}

type Piece = { blocks: BlockNode[] } | { mine: BlockNode[]; theirs: BlockNode[] };

/** One changed stretch of blocks: taken from whoever changed it, else merged, else a conflict. */
function resolveBlocks(base: BlockNode[], mine: BlockNode[], theirs: BlockNode[]): Piece[] {
  const same = (a: BlockNode[], b: BlockNode[]) => sameItems(a, b, blockKey);
  if (same(mine, base)) return [{ blocks: theirs }];
  if (same(theirs, base) || same(mine, theirs)) return [{ blocks: mine }];
  // Both added blocks at the same place: keep both additions, theirs first.
  if (base.length === 0) {
    const present = new Set(theirs.map(blockKey));
    return [{ blocks: [...theirs, ...mine.filter((block) => !present.has(blockKey(block)))] }];
  }
  // The same number of blocks on every side: decide block by block.
  if (mine.length === base.length && theirs.length === base.length && base.length > 1) {
    return base.flatMap((block, index) => resolveBlocks([block], [mine[index]!], [theirs[index]!]));
  }
  if (base.length === 1 && mine.length === 1 && theirs.length === 1) {
    const merged = mergeBlockText(base[0]!, mine[0]!, theirs[0]!);
    if (merged) return [{ blocks: [merged] }];
  }
  return [{ mine, theirs }];
}

/**
 * "Merge both" of the conflict view: a three-way merge of my working copy and the one
 * saved meanwhile against the version both started from. A paragraph only one person
 * changed takes that change; a paragraph both changed in different words takes both;
 * what both changed in the same place is a conflict, laid out as mine then theirs for
 * the person to choose from. Nothing is doubled and nothing either wrote is dropped
 * silently. Without the base (`null`: an older copy kept on the device), every difference
 * is a conflict: without it, an addition cannot be told from a deletion.
 */
export function mergeDocs(base: Doc | null, mine: Doc, theirs: Doc): MergeOutcome {
  const content: BlockNode[] = [];
  const conflicts: MergeConflict[] = [];
  const chunks = diff3(base?.content ?? mine.content, mine.content, theirs.content, blockKey);
  for (const chunk of chunks) {
    const pieces: Piece[] =
      "stable" in chunk
        ? [{ blocks: chunk.stable }]
        : base
          ? resolveBlocks(chunk.base, chunk.mine, chunk.theirs)
          : [{ mine: chunk.mine, theirs: chunk.theirs }];
    for (const piece of pieces) {
      if ("blocks" in piece) {
        content.push(...piece.blocks);
        continue;
      }
      conflicts.push({
        start: content.length,
        mine: piece.mine.length,
        theirs: piece.theirs.length,
      });
      content.push(...piece.mine, ...piece.theirs);
    }
  }
  return {
    doc: { type: "doc", content: content.length > 0 ? content : [{ type: "paragraph" }] },
    conflicts,
  };
}
