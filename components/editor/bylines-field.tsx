"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { BYLINE_ROLES, type BylineRole } from "@/lib/content/credits";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import type { CreateContributor } from "./add-byline";
import { AddByline } from "./lazy-parts";

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
            <Select
              id={`byline-contributor-${index}`}
              label={t("bylineContributor", { number: index + 1 })}
              hideLabel
              value={row.contributorId}
              onChange={(event) => update(index, { contributorId: event.target.value })}
              className="min-w-0 flex-1"
              controlClassName="px-1 py-1"
            >
              {contributors.map((contributor) => (
                <option key={contributor.id} value={contributor.id}>
                  {contributor.name}
                </option>
              ))}
            </Select>
            <Select
              id={`byline-role-${index}`}
              label={t("bylineRole", { number: index + 1 })}
              hideLabel
              value={row.role}
              onChange={(event) => update(index, { role: event.target.value as BylineRole })}
              className="w-24"
              controlClassName="px-1 py-1"
            >
              {BYLINE_ROLES.map((role) => (
                <option key={role} value={role}>
                  {tr(role)}
                </option>
              ))}
            </Select>
            <Button
              variant="ghost"
              size="xs"
              aria-label={t("moveBylineUp", { number: index + 1 })}
              disabled={index === 0}
              onClick={() => move(index, -1)}
            >
              ↑
            </Button>
            <Button
              variant="ghost"
              size="xs"
              aria-label={t("moveBylineDown", { number: index + 1 })}
              disabled={index === value.length - 1}
              onClick={() => move(index, 1)}
            >
              ↓
            </Button>
            <Button
              variant="ghost"
              size="xs"
              aria-label={t("removeByline", { number: index + 1 })}
              onClick={() => onChange(value.filter((_, i) => i !== index))}
              className="text-red-800"
            >
              ✕
            </Button>
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
        <Button onClick={() => setAdding(true)}>{t("addByline")}</Button>
      )}
    </fieldset>
  );
}
