"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { BYLINE_ROLES, type BylineRole } from "@/lib/content/credits";
import type { ActionResult } from "@/lib/schemas/action-result";
import { Button } from "@/components/ui/button";
import { Select, TextField } from "@/components/ui/field";

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
      <Button
        disabled={contributors.length === 0}
        onClick={() =>
          onChange([...value, { contributorId: contributors[0]?.id ?? "", role: "REPORTER" }])
        }
      >
        {t("addByline")}
      </Button>
      <div className="flex flex-wrap items-end gap-2 border-t border-[var(--color-rule)] pt-2">
        <TextField
          id="new-contributor-name"
          label={t("newContributor")}
          value={newName}
          onChange={(event) => setNewName(event.target.value)}
          className="w-36"
        />
        <Select
          id="new-contributor-kind"
          label={t("contributorKind")}
          value={newKind}
          onChange={(event) => setNewKind(event.target.value as "PERSON" | "ORGANIZATION")}
          className="w-auto"
        >
          <option value="PERSON">{t("person")}</option>
          <option value="ORGANIZATION">{t("organization")}</option>
        </Select>
        <Button disabled={!newName.trim()} onClick={() => void addContributor()}>
          {t("createContributor")}
        </Button>
      </div>
    </fieldset>
  );
}
