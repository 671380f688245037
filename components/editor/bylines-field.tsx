"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { BYLINE_ROLES, type BylineRole } from "@/lib/content/credits";
import { AddByline, type CreateContributor } from "./add-byline";

export type BylineValue = { contributorId: string; role: BylineRole };
type Contributor = { id: string; name: string; kind: string };

/** The ordered credits: contributor and role per row, reorderable; "Add byline" finds or creates the contributor. */
export function BylinesField(props: {
  value: BylineValue[];
  contributors: Contributor[];
  disabled: boolean;
  onChange: (value: BylineValue[]) => void;
  createContributor: CreateContributor;
}) {
  const t = useTranslations("editor");
  const tr = useTranslations("roles");
  const { value, onChange } = props;
  const [added, setAdded] = useState<Contributor[]>([]);
  const [adding, setAdding] = useState(false);
  const contributors = [
    ...props.contributors,
    ...added.filter((c) => !props.contributors.some((p) => p.id === c.id)),
  ];
  const update = (index: number, patch: Partial<BylineValue>) =>
    onChange(value.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const move = (index: number, by: number) => {
    const next = [...value];
    const [row] = next.splice(index, 1);
    if (row) next.splice(index + by, 0, row);
    onChange(next);
  };
  return (
    <fieldset className="space-y-2" disabled={props.disabled}>
      <legend className="text-sm font-medium">{t("bylines")}</legend>
      <ol className="space-y-2">
        {value.map((row, index) => (
          <li key={index} className="flex items-center gap-1">
            <label className="sr-only" htmlFor={`byline-contributor-${index}`}>
              {t("bylineContributor", { number: index + 1 })}
            </label>
            <select
              id={`byline-contributor-${index}`}
              value={row.contributorId}
              onChange={(event) => update(index, { contributorId: event.target.value })}
              className="min-w-0 flex-1 rounded border border-[var(--color-rule)] px-1 py-1 text-sm"
            >
              {contributors.map((contributor) => (
                <option key={contributor.id} value={contributor.id}>
                  {contributor.name}
                </option>
              ))}
            </select>
            <label className="sr-only" htmlFor={`byline-role-${index}`}>
              {t("bylineRole", { number: index + 1 })}
            </label>
            <select
              id={`byline-role-${index}`}
              value={row.role}
              onChange={(event) => update(index, { role: event.target.value as BylineRole })}
              className="w-24 rounded border border-[var(--color-rule)] px-1 py-1 text-sm"
            >
              {BYLINE_ROLES.map((role) => (
                <option key={role} value={role}>
                  {tr(role)}
                </option>
              ))}
            </select>
            <button
              type="button"
              aria-label={t("moveBylineUp", { number: index + 1 })}
              disabled={index === 0}
              onClick={() => move(index, -1)}
              className="px-1 disabled:opacity-30"
            >
              ↑
            </button>
            <button
              type="button"
              aria-label={t("moveBylineDown", { number: index + 1 })}
              disabled={index === value.length - 1}
              onClick={() => move(index, 1)}
              className="px-1 disabled:opacity-30"
            >
              ↓
            </button>
            <button
              type="button"
              aria-label={t("removeByline", { number: index + 1 })}
              onClick={() => onChange(value.filter((_, i) => i !== index))}
              className="px-1 text-red-800"
            >
              ✕
            </button>
          </li>
        ))}
      </ol>
      {adding ? (
        <AddByline
          contributors={contributors}
          createContributor={props.createContributor}
          onClose={() => setAdding(false)}
          onAdd={(contributor, role) => {
            if (!contributors.some((c) => c.id === contributor.id)) {
              setAdded((current) => [...current, contributor]);
            }
            onChange([...value, { contributorId: contributor.id, role }]);
            setAdding(false);
          }}
        />
      ) : (
        <button
          type="button"
          onClick={() => setAdding(true)}
          className="rounded border border-[var(--color-rule)] px-2 py-1 text-sm"
        >
          {t("addByline")}
        </button>
      )}
    </fieldset>
  );
}
