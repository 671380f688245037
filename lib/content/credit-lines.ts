/**
 * Reads the credit lines that end Chinese copy (`記者|王賀`, `德州日報新媒體出品`) and
 * open or end English copy (`By Jane Okafor and Tom Lindqvist`, `Photo: Li Wei`).
 *
 * Deliberately strict: a line counts only if it consists of role words, separators
 * and plausible names. A false credit would silently delete a sentence from the
 * body; a missed one merely stays in the body where the editor sees it.
 */
import { removeAnnotations } from "./annotations";
import {
  EN_FORMS,
  ORGANIZATION_WORDS,
  ZH_ROLE_ALTERNATION,
  ZH_ROLE_BY_WORD,
  type Credit,
  type CreditKind,
  type CreditRole,
} from "./credit-roles";
import { collapseAnnotationResidue } from "./text-damage";

export type { Credit, CreditKind, CreditRole } from "./credit-roles";

/** Credit lines are short; anything longer is a sentence. */
const MAX_LINE_LENGTH = 80;

// `?` and U+FFFD stand in for characters lost in transmission: a damaged name is
// still a name (and the damage report points at it).
const HAN_NAME = /^[\p{Script=Han}?？\uFFFD]{2,4}$/u;
const HAN_COMPOUND_NAME = /^\p{Script=Han}{1,10}(?:[·•・‧]\p{Script=Han}{1,10}){1,3}$/u;
const LATIN_PARTICLES = "van|von|der|den|de|da|del|della|di|du|la|le|bin|binti|al|el|dos|das|y|e";
const LATIN_NAME = new RegExp(
  `^(?=.*\\p{Lu})(?:(?:\\p{Lu}[\\p{L}'’.-]*|${LATIN_PARTICLES})(?:\\s+|$)){1,6}$`,
  "u",
);
const ORGANIZATION_NAME = /^(?=.{2,40}$)[\p{Script=Han}\p{L}\p{N}?？\uFFFD·&.' -]+$/u;

const SEPARATOR = "(?:\\s*[|｜:：/／]\\s*|\\s+)";
const ZH_ROLE_AT = new RegExp(`^(${ZH_ROLE_ALTERNATION})(${SEPARATOR})`, "u");
const PRODUCER_SUFFIX = /^(\S+?)\s*出品(?:\s+|$)/u;

function isPersonName(name: string): boolean {
  return (
    HAN_NAME.test(name) ||
    HAN_COMPOUND_NAME.test(name) ||
    (name.length <= 60 && LATIN_NAME.test(name))
  );
}

function isOrganizationName(name: string): boolean {
  return ORGANIZATION_NAME.test(name) && /\S{2}/u.test(name);
}

function clean(line: string): string {
  return collapseAnnotationResidue(removeAnnotations(line))
    .replace(/[\u3000\u00a0\t]/g, " ")
    .replace(/ {2,}/g, " ")
    .trim();
}

/** Names in one role: `王賀、李猛`, `王賀 李猛`, `王賀和李猛`, `Jane Okafor, Tom Lindqvist`. */
function splitNames(text: string): string[] | null {
  const hasLatin = /[A-Za-z]/.test(text);
  // Latin names contain spaces, Chinese names never do: only split on spaces for the latter.
  const parts = text
    .split(hasLatin ? /\s*(?:[、，,;&]|\band\b)\s*/u : /[\s、，,;&]+/u)
    .filter(Boolean);
  const names: string[] = [];
  for (const part of parts) {
    if (isPersonName(part)) names.push(part);
    else {
      // 王賀和李猛: a conjunction only counts if both sides are names on their own.
      const joined = part.split(/[和與与及]/u);
      if (joined.length < 2 || !joined.every(isPersonName)) return null;
      names.push(...joined);
    }
  }
  return names.length > 0 ? names : null;
}

function personOrOrganization(role: CreditRole, word: string, text: string): Credit[] | null {
  if (ORGANIZATION_WORDS.has(word)) {
    return isOrganizationName(text) ? [{ name: text, role, kind: "ORGANIZATION" }] : null;
  }
  const names = splitNames(text);
  if (names) return names.map((name) => ({ name, role, kind: "PERSON" as CreditKind }));
  // 製作：德州日報新媒體中心 — producing credits may name a unit instead of a person.
  return role === "PRODUCER" && isOrganizationName(text)
    ? [{ name: text, role, kind: "ORGANIZATION" }]
    : null;
}

function roleAt(text: string): { word: string; role: CreditRole; length: number } | null {
  const match = ZH_ROLE_AT.exec(text);
  const word = match?.[1];
  const role = word === undefined ? undefined : ZH_ROLE_BY_WORD.get(word);
  if (!match || word === undefined || !role) return null;
  // 文, 圖, 譯… are ordinary characters; only an explicit separator makes them role words.
  if (word.length === 1 && (match[2] ?? "").trim() === "") return null;
  return { word, role, length: match[0].length };
}

function parseChinese(line: string): Credit[] | null {
  const credits: Credit[] = [];
  let rest = line;
  const producer = PRODUCER_SUFFIX.exec(rest);
  if (producer?.[1] !== undefined && !roleAt(rest)) {
    if (!isOrganizationName(producer[1])) return null;
    credits.push({ name: producer[1], role: "PRODUCER", kind: "ORGANIZATION" });
    rest = rest.slice(producer[0].length);
  }
  while (rest !== "") {
    const role = roleAt(rest);
    if (!role) return null;
    rest = rest.slice(role.length);
    // The names run up to the next role word that follows a space.
    let next = rest.length;
    for (let i = 1; i < rest.length; i++) {
      if (rest[i - 1] === " " && roleAt(rest.slice(i))) {
        next = i;
        break;
      }
    }
    const parsed = personOrOrganization(role.role, role.word, rest.slice(0, next).trim());
    if (!parsed) return null;
    credits.push(...parsed);
    rest = rest.slice(next).trim();
  }
  return credits.length > 0 ? credits : null;
}

function parseEnglish(line: string): Credit[] | null {
  // Wire copy closes with "(Reporting by A; Editing by B)".
  const segments = line.replace(/^\((.*)\)$/u, "$1").split(/\s*;\s*/u);
  const credits: Credit[] = [];
  for (const segment of segments) {
    const form = EN_FORMS.find(([pattern]) => pattern.test(segment));
    if (!form) return null;
    const names = splitNames(segment.replace(form[0], "").replace(/\.$/u, ""));
    if (!names) return null;
    credits.push(...names.map((name) => ({ name, role: form[1], kind: "PERSON" as CreditKind })));
  }
  return credits.length > 0 ? credits : null;
}

/**
 * The credits on one line, in order, or null if the line is not a credit line.
 * Annotations are stripped from names (`王(wáng)賀` → 王賀) and the residue of damaged
 * ones collapsed to one `?` per lost character (`德州日?qǐng)?bào)新媒體` → `德州日?新媒體`).
 */
export function parseCreditLine(line: string): Credit[] | null {
  const text = clean(line);
  if (text === "" || text.length > MAX_LINE_LENGTH) return null;
  return /^[(A-Za-z]/.test(text) ? parseEnglish(text) : parseChinese(text);
}

function isByline(line: string): boolean {
  return /^\s*by\s/i.test(line);
}

/**
 * Takes credit lines off the end of the copy (and an English `By …` byline off the
 * start). Blank lines around the credits go with them; the body keeps the rest in order.
 */
export function splitTrailingCredits(lines: string[]): { body: string[]; credits: Credit[] } {
  let end = lines.length;
  const trailing: Credit[][] = [];
  while (end > 0) {
    const line = lines[end - 1] ?? "";
    const credits = line.trim() === "" ? [] : parseCreditLine(line);
    if (!credits) break;
    trailing.unshift(credits);
    end--;
  }
  let start = 0;
  while (start < end && (lines[start] ?? "").trim() === "") start++;
  const leading =
    start < end && isByline(lines[start] ?? "") ? parseCreditLine(lines[start] ?? "") : null;
  if (leading) start++;
  else start = 0;
  return { body: lines.slice(start, end), credits: [...(leading ?? []), ...trailing.flat()] };
}
