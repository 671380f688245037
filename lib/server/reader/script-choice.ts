import "server-only";
import { cookies, headers } from "next/headers";
import { parseScript, type Script } from "@/lib/content/reader-script";
import { askedScript, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { READER_URL_HEADER, readReaderUrlState } from "@/lib/reader-url-state";

/**
 * The reader's 繁/简 choice on this request. It follows them across the site in the URL
 * (every reader link carries `?script=` once they chose one), and a Chinese UI supplies
 * it when the URL names none. Both are in the page cache's key (the URL, and the asked
 * script beside the UI locale), and canonical links name the script actually shown.
 */
export type ScriptChoice = {
  /** `?script=` in the URL: an explicit choice, which always wins. */
  chosen: Script | null;
  /** What this reader gets from a URL without `?script`: their UI's script, when they asked for Chinese. */
  plain: Script | null;
  /** What listings show: the choice, else the plain default (null: each article in its own). */
  shown: Script | null;
  /** `?script=…` for the links on the page, or "". */
  query: string;
};

async function plainScript(): Promise<Script | null> {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  return askedScript(cookieStore.get(LOCALE_COOKIE)?.value, headerStore.get("accept-language"));
}

function choiceOf(chosen: Script | null, plain: Script | null): ScriptChoice {
  return { chosen, plain, shown: chosen ?? plain, query: chosen ? `?script=${chosen}` : "" };
}

/** From a page's `script` search parameter. */
export async function scriptChoice(param: unknown): Promise<ScriptChoice> {
  return choiceOf(parseScript(param), await plainScript());
}

/** For the layout, which cannot read search parameters: from the URL state proxy.ts passes on. */
export async function layoutScriptChoice(): Promise<ScriptChoice & { q: string }> {
  const state = readReaderUrlState((await headers()).get(READER_URL_HEADER));
  return { ...choiceOf(parseScript(state.script), await plainScript()), q: state.q };
}
