import { getTranslations } from "next-intl/server";

/** Marks a page as the working copy, so nobody takes a preview for the published article. */
export async function PreviewBanner({ note }: { note?: string }) {
  const t = await getTranslations("preview");
  return (
    <div
      role="note"
      aria-label={t("banner")}
      className="mx-auto mb-8 max-w-[40rem] rounded border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900"
    >
      <p className="font-semibold">{t("banner")}</p>
      {note && <p>{note}</p>}
    </div>
  );
}
