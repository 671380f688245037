import { sectionNameIn } from "@/lib/content/reader-script";

type Named = { name: string; nameHans: string | null; nameEn: string };

/** A section's name in the UI language (its own Simplified name when the desk gave one). */
export function sectionLabel(section: Named, locale: string): string {
  if (locale === "en") return section.nameEn;
  return sectionNameIn(section, locale === "zh-Hans" ? "hans" : "hant");
}
