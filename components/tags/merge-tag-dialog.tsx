"use client";

import { useCallback, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Combobox, type ComboboxItem } from "@/components/ui/combobox";
import { Dialog } from "@/components/ui/dialog";
import type { ActionResult } from "@/lib/schemas/action-result";
import type { TagChoice, TagRow } from "@/lib/schemas/tags";

export type SearchTags = (input: { q: string }) => Promise<ActionResult<TagChoice[]>>;

/**
 * "Merge": find the tag to merge into (the type-ahead's matcher), then confirm. The tag
 * itself is offered too, so that choosing it is refused with a sentence, as the server
 * would refuse it, rather than silently missing.
 */
export function MergeTagDialog({
  tag,
  search,
  onMerge,
  onClose,
}: {
  tag: TagRow;
  search: SearchTags;
  onMerge: (target: { id: string; name: string }) => void;
  onClose: () => void;
}) {
  const t = useTranslations("tags");
  const [target, setTarget] = useState<{ id: string; name: string } | null>(null);
  const find = useCallback(
    async (q: string): Promise<ComboboxItem[]> => {
      const result = await search({ q });
      return result.ok ? result.data.map((choice) => ({ id: choice.id, label: choice.name })) : [];
    },
    [search],
  );
  return (
    <Dialog
      open
      onClose={onClose}
      title={t("mergeTitle", { name: tag.name })}
      description={t("mergeDescription")}
      footer={
        <>
          <Button onClick={onClose}>{t("cancel")}</Button>
          <Button variant="primary" disabled={!target} onClick={() => target && onMerge(target)}>
            {t("confirmMerge")}
          </Button>
        </>
      }
    >
      <Combobox
        label={t("mergeInto")}
        emptyText={t("noMatches")}
        search={find}
        onPick={(item) => setTarget({ id: item.id, name: item.label })}
      />
      <p className="mt-2 text-sm" aria-live="polite">
        {target ? t("mergeChosen", { from: tag.name, to: target.name }) : t("mergeNone")}
      </p>
    </Dialog>
  );
}
