import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Script } from "@/lib/content/reader-script";

/**
 * 繁 / 简: the same page in Traditional or Simplified characters, each at its own URL
 * (plain links, so it works without JavaScript). `plain` is what the URL without a
 * parameter shows this reader (an article's own script, or their Chinese UI's); the
 * other script's link names it, so it wins over that default.
 */
export async function ScriptToggle({
  path,
  current,
  plain,
}: {
  path: string;
  /** The script shown; null on a listing that shows each article in its own. */
  current: Script | null;
  plain: Script | null;
}) {
  const t = await getTranslations("reader");
  const href = (script: Script) => (script === plain ? path : `${path}?script=${script}`);
  return (
    <nav aria-label={t("script")} className="flex gap-1 text-sm">
      {(["hant", "hans"] as const).map((script) => (
        <Link
          key={script}
          href={href(script)}
          lang={script === "hant" ? "zh-Hant" : "zh-Hans"}
          aria-current={current === script ? "true" : undefined}
          aria-label={t(script === "hant" ? "traditional" : "simplified")}
          className={
            current === script
              ? "rounded bg-[var(--color-ink)] px-2 py-0.5 text-white"
              : "rounded px-2 py-0.5 text-[var(--color-muted)] hover:bg-[var(--color-rule)]"
          }
        >
          {script === "hant" ? "繁" : "简"}
        </Link>
      ))}
    </nav>
  );
}
