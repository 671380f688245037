import { getTranslations } from "next-intl/server";

/** Beside a published story's headline in the lists: saved edits readers do not see yet. */
export async function UnpublishedChangesBadge() {
  const t = await getTranslations("queues");
  return (
    <span className="ml-2 inline-block rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">
      {t("unpublishedChanges")}
    </span>
  );
}
