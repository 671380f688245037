/**
 * Copy often arrives with its headline (and sometimes a dek) on the first lines, above
 * the first paragraph. Those lines belong in "Headline" and "Dek", not again in the body.
 * A line counts as a headline when it is short, is not a sentence (no sentence end, no
 * full stop inside), and is neither a dateline nor a credit line; something must follow it.
 */
import { parseCreditLine } from "./credit-lines";
import { parseDateline } from "./dateline";

const MAX_HEADLINE = 80;
const MAX_DEK = 120;
/** A paragraph ends with one of these; a headline does not. */
const SENTENCE_END = /[。．.，,；;：:、]$/u;
/** A full stop inside the line makes it running text. */
const INNER_STOP = /。|[.!?](?:\s|$)/u;

function isTitleLine(line: string, max: number): boolean {
  const text = line.trim();
  if (text === "" || Array.from(text).length > max) return false;
  if (SENTENCE_END.test(text) || INNER_STOP.test(text.slice(0, -1))) return false;
  if (/^by\s/i.test(text) || parseCreditLine(text)) return false;
  const { dateline } = parseDateline(text);
  return !dateline.place && !dateline.date;
}

export type TitleLines = { headline: string | null; dek: string | null; rest: string[] };

/**
 * Takes the headline line (and a dek line right under it) off the top of the copy's
 * non-empty lines. At least one line of body must remain, so a one-line paste stays body.
 */
export function takeTitleLines(lines: readonly string[]): TitleLines {
  const [first, second, ...others] = lines;
  if (first === undefined || second === undefined || !isTitleLine(first, MAX_HEADLINE)) {
    return { headline: null, dek: null, rest: [...lines] };
  }
  if (others.length > 0 && isTitleLine(second, MAX_DEK)) {
    return { headline: first.trim(), dek: second.trim(), rest: others };
  }
  return { headline: first.trim(), dek: null, rest: [second, ...others] };
}
