import { sectionNameIn } from "@/lib/content/reader-script";

type Named = { name: string; nameHans: string | null; nameEn: string };

/** A section's name in the UI language (its own Simplified name when the desk gave one). */
export function sectionLabel(section: Named, locale: string): string {
  if (locale === "en") return section.nameEn;
  return sectionNameIn(section, locale === "zh-Hans" ? "hans" : "hant");
}

/**
 * A message with plain `{name}` placeholders (no plural or select), filled by substitution.
 * The budget fills a few of these per row for hundreds of rows, and next-intl's formatting
 * (ICU parse + memoised formatters keyed by JSON.stringify) was a fifth of the page's
 * server time at 300 items; the catalogue stays the one source of the words.
 */
export function plainTemplate(raw: unknown): (values: Record<string, string>) => string {
  const text = String(raw);
  return (values) => text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** `compute(arg)` once per distinct `keyOf(arg)`: the budget's states and units repeat row after row. */
export function memo<A, T>(keyOf: (arg: A) => string, compute: (arg: A) => T): (arg: A) => T {
  const seen = new Map<string, T>();
  return (arg) => {
    const key = keyOf(arg);
    if (!seen.has(key)) seen.set(key, compute(arg));
    return seen.get(key)!;
  };
}
