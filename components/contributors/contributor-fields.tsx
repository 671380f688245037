"use client";

import { useTranslations } from "next-intl";
import { Select, Textarea, TextField } from "@/components/ui/field";
import type { ContributorChoice } from "@/lib/schemas/contributors";

export type ContributorValues = {
  name: string;
  slug: string;
  kind: "PERSON" | "ORGANIZATION";
  jobTitle: string;
  bio: string;
  photoId: string;
  /** One address a line, as typed. */
  links: string;
  userId: string;
};

export const EMPTY_CONTRIBUTOR: ContributorValues = {
  name: "",
  slug: "",
  kind: "PERSON",
  jobTitle: "",
  bio: "",
  photoId: "",
  links: "",
  userId: "",
};

export type PhotoChoice = ContributorChoice & { url: string };

/**
 * The profile's fields, controlled by the caller (a refused save keeps what was typed).
 * The photo is picked from the library's recent images, shown beside the list once chosen.
 */
export function ContributorFields({
  values,
  onChange,
  errorFor,
  photos,
  users,
}: {
  values: ContributorValues;
  onChange: (values: ContributorValues) => void;
  errorFor: (name: string) => string | undefined;
  photos: PhotoChoice[];
  users: ContributorChoice[];
}) {
  const t = useTranslations("contributors");
  const field = (name: keyof ContributorValues, label: string) => ({
    id: `contributor-${name}`,
    name,
    label,
    value: values[name],
    error: errorFor(name),
    onChange: (event: { target: { value: string } }) =>
      onChange({ ...values, [name]: event.target.value }),
  });
  const photo = photos.find((choice) => choice.id === values.photoId);
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...field("name", t("name"))} required />
        <Select {...field("kind", t("kind"))}>
          <option value="PERSON">{t("person")}</option>
          <option value="ORGANIZATION">{t("organization")}</option>
        </Select>
        <TextField {...field("jobTitle", t("jobTitle"))} hint={t("jobTitleHint")} />
        <TextField {...field("slug", t("slug"))} hint={t("slugHint")} autoCapitalize="off" />
      </div>
      <Textarea {...field("bio", t("bio"))} rows={4} />
      <div className="flex items-start gap-4">
        <Select {...field("photoId", t("photo"))} hint={t("photoHint")} className="min-w-0 flex-1">
          <option value="">{t("noPhoto")}</option>
          {photos.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.label}
            </option>
          ))}
        </Select>
        {photo && (
          // A library image, shown as stored: a plain img, like the masthead's logo.
          // eslint-disable-next-line @next/next/no-img-element
          <img
            src={photo.url}
            alt={t("currentPhoto", { name: values.name })}
            className="mt-6 h-16 w-16 shrink-0 rounded-full border border-[var(--color-rule)] object-cover"
          />
        )}
      </div>
      <Textarea
        {...field("links", t("links"))}
        hint={t("linksHint")}
        rows={3}
        autoCapitalize="off"
        spellCheck={false}
      />
      <Select {...field("userId", t("user"))} hint={t("userHint")}>
        <option value="">{t("noUser")}</option>
        {users.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.label}
          </option>
        ))}
      </Select>
    </div>
  );
}
