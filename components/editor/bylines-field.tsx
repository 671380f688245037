"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { BYLINE_ROLES, type BylineRole } from "@/lib/content/credits";
import type { ActionResult } from "@/lib/schemas/action-result";

export type BylineValue = { contributorId: string; role: BylineRole };
type Contributor = { id: string; name: string; kind: string };

/** The ordered credits: contributor and role per row, reorderable, "Add byline". */
export function BylinesField(props: {
  value: BylineValue[];
  contributors: Contributor[];
  disabled: boolean;
  onChange: (value: BylineValue[]) => void;
  createContributor: (input: {
    name: string;
    kind: "PERSON" | "ORGANIZATION";
  }) => Promise<ActionResult<Contributor>>;
}) {
  const t = useTranslations("editor");
  const tr = useTranslations("roles");
  const { value, onChange } = props;
  const [added, setAdded] = useState<Contributor[]>([]);
  const [newName, setNewName] = useState("");
  const [newKind, setNewKind] = useState<"PERSON" | "ORGANIZATION">("PERSON");
  const contributors = [
    ...props.contributors,
    ...added.filter((c) => !props.contributors.some((p) => p.id === c.id)),
  ];
  const addContributor = async () => {
    const result = await props.createContributor({ name: newName, kind: newKind });
    if (!result.ok) return;
    const contributor = result.data;
    setAdded((current) => [...current, contributor]);
    onChange([
      ...value,
      {
        contributorId: contributor.id,
        role: newKind === "ORGANIZATION" ? "PRODUCER" : "CORRESPONDENT",
      },
    ]);
    setNewName("");
  };
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
      <button
        type="button"
        disabled={contributors.length === 0}
        onClick={() =>
          onChange([...value, { contributorId: contributors[0]?.id ?? "", role: "REPORTER" }])
        }
        className="rounded border border-[var(--color-rule)] px-2 py-1 text-sm"
      >
        {t("addByline")}
      </button>
      <div className="flex flex-wrap items-end gap-2 border-t border-[var(--color-rule)] pt-2">
        <div>
          <label htmlFor="new-contributor-name" className="block text-xs text-[var(--color-muted)]">
            {t("newContributor")}
          </label>
          <input
            id="new-contributor-name"
            value={newName}
            onChange={(event) => setNewName(event.target.value)}
            className="w-36 rounded border border-[var(--color-rule)] px-2 py-1 text-sm"
          />
        </div>
        <div>
          <label htmlFor="new-contributor-kind" className="block text-xs text-[var(--color-muted)]">
            {t("contributorKind")}
          </label>
          <select
            id="new-contributor-kind"
            value={newKind}
            onChange={(event) => setNewKind(event.target.value as "PERSON" | "ORGANIZATION")}
            className="rounded border border-[var(--color-rule)] px-2 py-1 text-sm"
          >
            <option value="PERSON">{t("person")}</option>
            <option value="ORGANIZATION">{t("organization")}</option>
          </select>
        </div>
        <button
          type="button"
          disabled={!newName.trim()}
          onClick={() => void addContributor()}
          className="rounded border border-[var(--color-rule)] px-2 py-1 text-sm disabled:opacity-50"
        >
          {t("createContributor")}
        </button>
      </div>
    </fieldset>
  );
}
