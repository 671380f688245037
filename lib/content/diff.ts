/**
 * Differences between two versions of copy, for the revision view. Chinese, Japanese and
 * Korean text is compared character by character (a changed 字 is one change), other text
 * word by word (a changed word is shown whole, not as scattered letters), with spaces and
 * each punctuation mark as tokens of their own.
 */
import { diffArrays } from "diff";
import { CJK_CHAR, WORD } from "./count";
import { docToPlainText, type Doc } from "./doc";

export type DiffSegment = { type: "equal" | "insert" | "delete"; text: string };

// [\s\S] with the u flag takes one whole code point: punctuation, emoji, astral Han.
const TOKEN_RE = new RegExp(`${CJK_CHAR}|${WORD}|\\s+|[\\s\\S]`, "gu");

/** Beyond this the diff is not worth waiting for; the result then says "all replaced". */
const DIFF_TIMEOUT_MS = 2000;

export function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

function push(segments: DiffSegment[], type: DiffSegment["type"], text: string): void {
  if (text === "") return;
  const last = segments.at(-1);
  if (last?.type === type) last.text += text;
  else segments.push({ type, text });
}

/**
 * Segments that rebuild `before` (equal + delete) and `after` (equal + insert), in
 * order, adjacent segments of one type merged. Identical texts give one equal segment;
 * two empty texts give none.
 */
export function diffText(before: string, after: string): DiffSegment[] {
  const segments: DiffSegment[] = [];
  if (before === after) {
    push(segments, "equal", before);
    return segments;
  }
  const changes = diffArrays(tokenize(before), tokenize(after), { timeout: DIFF_TIMEOUT_MS });
  if (!changes) {
    push(segments, "delete", before);
    push(segments, "insert", after);
    return segments;
  }
  for (const change of changes) {
    const type = change.added ? "insert" : change.removed ? "delete" : "equal";
    push(segments, type, change.value.join(""));
  }
  return segments;
}

/**
 * The difference between two bodies as text, one line per block (as docToPlainText
 * gives them), so a change inside one paragraph shows in that paragraph only. Ruby
 * readings and formatting are not compared: this answers "what did the words become".
 */
export function diffDocs(before: Doc, after: Doc): DiffSegment[] {
  return diffText(docToPlainText(before), docToPlainText(after));
}
