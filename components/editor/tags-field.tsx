"use client";

import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import { Combobox, type ComboboxItem } from "@/components/ui/combobox";
import type { ActionResult } from "@/lib/schemas/action-result";
import type { TagChoice } from "@/lib/schemas/tags";

export type TagActions = {
  search: (input: { q: string }) => Promise<ActionResult<TagChoice[]>>;
  create: (input: { name: string }) => Promise<ActionResult<TagChoice & { created: boolean }>>;
};

/**
 * "Tags": the story's tags as removable chips, and a type-ahead over every tag (asked of
 * the server, so the browser never holds the whole list) that matches across scripts and
 * offers "Create tag …" when nothing is exactly what was typed.
 */
export function TagsField(props: {
  tagIds: string[];
  /** Names of the story's own tags as loaded; tags picked since are remembered here. */
  known: Array<{ id: string; name: string }>;
  actions: TagActions;
  disabled: boolean;
  onChange: (tagIds: string[]) => void;
}) {
  const t = useTranslations("editor.tagPicker");
  const [names, setNames] = useState(() => new Map(props.known.map((tag) => [tag.id, tag.name])));
  const [error, setError] = useState<string | undefined>();
  const { actions } = props;
  const search = useCallback(
    async (q: string): Promise<ComboboxItem[]> => {
      const result = await actions.search({ q });
      return result.ok ? result.data.map((tag) => ({ ...tag, label: tag.name })) : [];
    },
    [actions],
  );
  const add = (tag: { id: string; name: string }) => {
    setError(undefined);
    setNames((current) => new Map(current).set(tag.id, tag.name));
    if (!props.tagIds.includes(tag.id)) props.onChange([...props.tagIds, tag.id]);
  };
  const create = async (name: string) => {
    setError(undefined);
    const result = await actions.create({ name }).catch(() => null);
    if (result?.ok) return add(result.data);
    const reason = result && !result.ok ? result.details?.reason : null;
    const key = typeof reason === "string" ? `refusals.${reason}` : `refusals.${result?.code}`;
    setError(t.has(key) ? t(key) : t("refusals.INTERNAL"));
  };
  return (
    <div>
      <Combobox
        label={t("label")}
        hint={t("hint")}
        emptyText={t("noMatches")}
        search={search}
        onPick={(item) => add({ id: item.id, name: item.label })}
        createLabel={(q) => t("create", { name: q })}
        onCreate={(q) => void create(q)}
        disabled={props.disabled}
        error={error}
      />
      {props.tagIds.length > 0 && (
        <ul aria-label={t("chosen")} className="mt-2 flex flex-wrap gap-1">
          {props.tagIds.map((id) => {
            const name = names.get(id) ?? t("unknown");
            return (
              <li
                key={id}
                className="inline-flex items-center gap-1 rounded-full border border-[var(--color-rule)] bg-[var(--color-paper)] py-0.5 pl-2 pr-1 text-sm"
              >
                {name}
                <button
                  type="button"
                  disabled={props.disabled}
                  aria-label={t("remove", { name })}
                  className="rounded-full px-1 leading-none hover:bg-[var(--color-rule)] disabled:opacity-50"
                  onClick={() => props.onChange(props.tagIds.filter((tagId) => tagId !== id))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
