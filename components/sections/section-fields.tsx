"use client";

import { useTranslations } from "next-intl";
import { TextField, Textarea } from "@/components/ui/field";
import type { DeskHeadChoice, TSectionFormInput } from "@/lib/schemas/sections";

export type SectionValues = Required<
  Pick<TSectionFormInput, "name" | "nameEn" | "slug" | "headIds" | "liveUpdatesNeedEditor">
> & { nameHans: string; description: string };

export const EMPTY_SECTION: SectionValues = {
  name: "",
  nameHans: "",
  nameEn: "",
  slug: "",
  description: "",
  headIds: [],
  liveUpdatesNeedEditor: false,
};

/**
 * The fields of "New section" and "Edit", controlled by the caller (so a refused save
 * keeps what was typed). Desk heads are checkboxes: a short list of editors, each
 * reachable by Tab and Space.
 */
export function SectionFields({
  idPrefix,
  values,
  onChange,
  errorFor,
  people,
}: {
  idPrefix: string;
  values: SectionValues;
  onChange: (values: SectionValues) => void;
  errorFor: (name: string) => string | undefined;
  people: DeskHeadChoice[];
}) {
  const t = useTranslations("sections");
  const text = (
    name: Exclude<keyof SectionValues, "headIds" | "liveUpdatesNeedEditor">,
    label: string,
  ) => ({
    id: `${idPrefix}-${name}`,
    name,
    label,
    value: values[name],
    error: errorFor(name),
    onChange: (event: { target: { value: string } }) =>
      onChange({ ...values, [name]: event.target.value }),
  });
  const toggleHead = (id: string, checked: boolean) =>
    onChange({
      ...values,
      headIds: checked ? [...values.headIds, id] : values.headIds.filter((head) => head !== id),
    });
  const headsError = errorFor("headIds");
  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField {...text("name", t("nameHant"))} required lang="zh-Hant" />
        <TextField {...text("nameHans", t("nameHans"))} hint={t("nameHansHint")} lang="zh-Hans" />
        <TextField {...text("nameEn", t("nameEn"))} required lang="en" />
      </div>
      <TextField {...text("slug", t("slug"))} hint={t("slugHint")} autoCapitalize="off" />
      <Textarea {...text("description", t("description"))} rows={2} />
      <fieldset aria-describedby={headsError ? `${idPrefix}-heads-error` : undefined}>
        <legend className="mb-1 text-sm font-medium">{t("deskHeads")}</legend>
        <p className="mb-1 text-xs text-[var(--color-muted)]">{t("deskHeadsHint")}</p>
        {people.length === 0 ? (
          <p className="text-sm text-[var(--color-muted)]">{t("noPeople")}</p>
        ) : (
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {people.map((person) => (
              <label key={person.id} className="flex items-center gap-1 text-sm">
                <input
                  type="checkbox"
                  checked={values.headIds.includes(person.id)}
                  onChange={(event) => toggleHead(person.id, event.target.checked)}
                />
                {person.name}
              </label>
            ))}
          </div>
        )}
        {headsError && (
          <p id={`${idPrefix}-heads-error`} className="mt-1 text-sm text-red-800">
            {headsError}
          </p>
        )}
      </fieldset>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-1"
          checked={values.liveUpdatesNeedEditor}
          onChange={(event) => onChange({ ...values, liveUpdatesNeedEditor: event.target.checked })}
        />
        <span>
          <span className="font-medium">{t("liveUpdatesNeedEditor")}</span>
          <span className="block text-xs text-[var(--color-muted)]">
            {t("liveUpdatesNeedEditorHint")}
          </span>
        </span>
      </label>
    </div>
  );
}
