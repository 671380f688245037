import "server-only";
import { getLocale } from "next-intl/server";
import type { ArticleLanguage } from "@/lib/content/credits";
import {
  publicationName,
  publicationTagline,
  readerLanguage,
  type PublicationView,
} from "@/lib/content/publication";
import { getPublication } from "../settings/get-publication";
import { layoutScriptChoice } from "./script-choice";

export type ReaderPublication = {
  publication: PublicationView;
  /** The language the page's chrome speaks: English UI, else the 繁/简 shown. */
  language: ArticleLanguage;
  name: string;
  tagline: string;
};

/**
 * The publication as this request's reader sees it: 繁 pages name it nameHant, 简 pages
 * nameHans, the English UI nameEn. The page cache keys on the UI locale and the script
 * asked for, so each copy carries the right one.
 */
export async function readerPublication(): Promise<ReaderPublication> {
  const [publication, locale, choice] = await Promise.all([
    getPublication(),
    getLocale(),
    layoutScriptChoice(),
  ]);
  const language = readerLanguage(locale, choice.shown);
  return {
    publication,
    language,
    name: publicationName(publication, language),
    tagline: publicationTagline(publication, language),
  };
}
