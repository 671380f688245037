"use client";

import { useTranslations } from "next-intl";
import { Select, TextField, Textarea } from "@/components/ui/field";
import type { EventSectionChoice, PlanEventView } from "@/lib/schemas/plan-events";

/** The event form as typed: wall times as a datetime-local input gives them, links one a line. */
export type EventValues = {
  title: string;
  startsAt: string;
  endsAt: string;
  place: string;
  notes: string;
  links: string;
  sectionId: string;
};

export function emptyEvent(day: string): EventValues {
  return {
    title: "",
    startsAt: `${day}T09:00`,
    endsAt: "",
    place: "",
    notes: "",
    links: "",
    sectionId: "",
  };
}

export function valuesOf(event: PlanEventView): EventValues {
  return {
    title: event.title,
    startsAt: event.startsAt,
    endsAt: event.endsAt ?? "",
    place: event.place ?? "",
    notes: event.notes ?? "",
    links: event.links.join("\n"),
    sectionId: event.section?.id ?? "",
  };
}

/** Title, Starts, Ends, Place, Notes, Links, Section: each with its error beside it. */
export function EventFields({
  values,
  onChange,
  errorFor,
  sections,
}: {
  values: EventValues;
  onChange: (values: EventValues) => void;
  errorFor: (name: keyof EventValues) => string | undefined;
  sections: EventSectionChoice[];
}) {
  const t = useTranslations("planning.eventsPage");
  const field = (name: keyof EventValues) => ({
    name,
    value: values[name],
    error: errorFor(name),
    onChange: (event: { target: { value: string } }) =>
      onChange({ ...values, [name]: event.target.value }),
  });
  return (
    <>
      <TextField label={t("fields.title")} required maxLength={200} {...field("title")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label={t("fields.startsAt")}
          type="datetime-local"
          required
          {...field("startsAt")}
        />
        <TextField label={t("fields.endsAt")} type="datetime-local" {...field("endsAt")} />
      </div>
      <p className="text-xs text-[var(--color-muted)]">{t("fields.zone")}</p>
      <TextField label={t("fields.place")} maxLength={200} {...field("place")} />
      <Textarea label={t("fields.notes")} rows={3} {...field("notes")} />
      <Textarea
        label={t("fields.links")}
        hint={t("fields.linksHint")}
        rows={2}
        {...field("links")}
      />
      <Select label={t("fields.section")} {...field("sectionId")}>
        <option value="">{t("fields.noSection")}</option>
        {sections.map((section) => (
          <option key={section.id} value={section.id}>
            {section.name} · {section.nameEn}
          </option>
        ))}
      </Select>
    </>
  );
}
