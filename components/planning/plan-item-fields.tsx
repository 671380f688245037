"use client";

import { useTranslations } from "next-intl";
import { Select, Textarea, TextField } from "@/components/ui/field";
import { PLAN_NEEDS } from "@/lib/schemas/planning";

export type Choice = { id: string; label: string };
export type PlanItemValues = {
  headline: string;
  summary: string | null;
  sectionId: string | null;
  day: string;
  expectedLength: number | null;
  lengthUnit: "CHARACTERS" | "WORDS";
  needs: string[];
  webSlot?: string | null;
  printPage?: string | null;
  eventId?: string | null;
};

/**
 * The fields of a pitch and, with `slots`, of a planned item (web slot, print page,
 * event). Uncontrolled: the form is read as a whole on submit (`formValues`).
 */
export function PlanItemFields(props: {
  values: PlanItemValues;
  sections: Choice[];
  events?: Choice[];
  slots?: boolean;
  errorFor: (name: string) => string | undefined;
}) {
  const t = useTranslations("planning");
  const v = props.values;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <TextField
        name="headline"
        label={t("fields.headline")}
        defaultValue={v.headline}
        required
        maxLength={200}
        className="sm:col-span-2"
        error={props.errorFor("headline")}
      />
      <Textarea
        name="summary"
        label={t("fields.summary")}
        defaultValue={v.summary ?? ""}
        rows={3}
        className="sm:col-span-2"
        error={props.errorFor("summary")}
      />
      <Select
        name="sectionId"
        label={t("fields.section")}
        defaultValue={v.sectionId ?? ""}
        error={props.errorFor("sectionId")}
      >
        <option value="">{t("fields.noSection")}</option>
        {props.sections.map((section) => (
          <option key={section.id} value={section.id}>
            {section.label}
          </option>
        ))}
      </Select>
      <TextField
        name="day"
        type="date"
        label={t("fields.day")}
        defaultValue={v.day}
        required
        error={props.errorFor("day")}
      />
      <TextField
        name="expectedLength"
        label={t("fields.expectedLength")}
        inputMode="numeric"
        defaultValue={v.expectedLength ?? ""}
        hint={t("fields.expectedLengthHint")}
        error={props.errorFor("expectedLength")}
      />
      <Select
        name="lengthUnit"
        label={t("fields.lengthUnit")}
        defaultValue={v.lengthUnit}
        error={props.errorFor("lengthUnit")}
      >
        <option value="CHARACTERS">{t("fields.characters")}</option>
        <option value="WORDS">{t("fields.words")}</option>
      </Select>
      <fieldset className="sm:col-span-2">
        <legend className="mb-1 text-sm font-medium">{t("fields.needs")}</legend>
        <div className="flex flex-wrap gap-4">
          {PLAN_NEEDS.map((need) => (
            <label key={need} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="needs"
                value={need}
                defaultChecked={v.needs.includes(need)}
              />
              {t(`needs.${need}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {props.slots && (
        <>
          <TextField
            name="webSlot"
            label={t("fields.webSlot")}
            defaultValue={v.webSlot ?? ""}
            maxLength={40}
            hint={t("fields.webSlotHint")}
            error={props.errorFor("webSlot")}
          />
          <TextField
            name="printPage"
            label={t("fields.printPage")}
            defaultValue={v.printPage ?? ""}
            maxLength={20}
            hint={t("fields.printPageHint")}
            error={props.errorFor("printPage")}
          />
          <Select
            name="eventId"
            label={t("fields.event")}
            defaultValue={v.eventId ?? ""}
            className="sm:col-span-2"
            error={props.errorFor("eventId")}
          >
            <option value="">{t("fields.noEvent")}</option>
            {(props.events ?? []).map((event) => (
              <option key={event.id} value={event.id}>
                {event.label}
              </option>
            ))}
          </Select>
        </>
      )}
    </div>
  );
}
