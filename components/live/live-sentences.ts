"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/schemas/action-result";

/** A live desk action's answer as a sentence: `done.<what>`, or why it was refused. */
export function useLiveSentences() {
  const t = useTranslations("live.desk");
  return (result: ActionResult<unknown>, done: string): { ok: boolean; text: string } => {
    if (result.ok) return { ok: true, text: t(`done.${done}`) };
    const reason = result.details?.reason;
    if (typeof reason === "string" && t.has(`refusals.${reason}`))
      return { ok: false, text: t(`refusals.${reason}`) };
    const code = `refusals.${result.code}`;
    return { ok: false, text: t.has(code) ? t(code) : t("refusals.INTERNAL") };
  };
}
