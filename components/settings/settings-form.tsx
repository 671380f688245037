"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select, Textarea, TextField } from "@/components/ui/field";
import { useFieldErrors } from "@/components/ui/use-field-errors";
import type { PublicationView } from "@/lib/content/publication";
import type { ActionResult } from "@/lib/schemas/action-result";

type State = ActionResult<{ version: number }> | null;

export type SettingsFormProps = {
  form: {
    publication: PublicationView;
    logos: { id: string; label: string }[];
    envPublicUrl: string | null;
  };
  action: (state: State, formData: FormData) => Promise<State>;
};

const LANGUAGE_OPTIONS = [
  ["zh-Hant", "繁體中文 (zh-Hant)"],
  ["zh-Hans", "简体中文 (zh-Hans)"],
  ["en", "English (en)"],
] as const;

function initialValues(publication: PublicationView) {
  return {
    nameHant: publication.names["zh-Hant"],
    nameHans: publication.names["zh-Hans"],
    nameEn: publication.names.en,
    taglineHant: publication.taglines["zh-Hant"],
    taglineHans: publication.taglines["zh-Hans"],
    taglineEn: publication.taglines.en,
    logoMediaId: publication.logoMediaId ?? "",
    defaultLanguage: publication.defaultLanguage as string,
    socialAccounts: publication.socialAccounts.map((account) => account.url).join("\n"),
    copyright: publication.copyright,
    publicUrl: publication.publicUrl ?? "",
  };
}
type Values = ReturnType<typeof initialValues>;

/**
 * The publication's settings. Fields are controlled, so React's reset of the form after
 * the action cannot empty them when the server refuses; the version the form was loaded
 * at travels with it and moves on with each save, so a stale form is refused, not applied.
 */
export function SettingsForm({ form, action }: SettingsFormProps) {
  const t = useTranslations("settings");
  const [values, setValues] = useState<Values>(() => initialValues(form.publication));
  const [version, setVersion] = useState(form.publication.version);
  const [state, formAction, pending] = useActionState(async (previous: State, data: FormData) => {
    const result = await action(previous, data);
    if (result?.ok) setVersion(result.data.version);
    return result;
  }, null);
  const fieldError = useFieldErrors(state);
  const field = (name: keyof Values) => ({
    id: `settings-${name}`,
    name,
    label: t(name),
    value: values[name],
    error: fieldError(name),
    onChange: (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [name]: event.target.value })),
  });
  const message = state
    ? state.ok
      ? t("saved")
      : t.has(`results.${state.code}`)
        ? t(`results.${state.code}`)
        : t("results.INTERNAL")
    : null;
  return (
    <form action={formAction} className="space-y-6" aria-labelledby="settings-heading">
      <input type="hidden" name="version" value={version} />
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="mb-2 font-semibold">{t("names")}</legend>
        <TextField {...field("nameHant")} required lang="zh-Hant" />
        <TextField {...field("nameHans")} required lang="zh-Hans" />
        <TextField {...field("nameEn")} required lang="en" />
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="mb-2 font-semibold">{t("tagline")}</legend>
        <TextField {...field("taglineHant")} lang="zh-Hant" />
        <TextField {...field("taglineHans")} lang="zh-Hans" />
        <TextField {...field("taglineEn")} lang="en" />
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <Select {...field("logoMediaId")} hint={t("logoHint")}>
          <option value="">{t("noLogo")}</option>
          {form.logos.map((logo) => (
            <option key={logo.id} value={logo.id}>
              {logo.label}
            </option>
          ))}
        </Select>
        <Select {...field("defaultLanguage")}>
          {LANGUAGE_OPTIONS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </div>
      <Textarea {...field("socialAccounts")} rows={3} hint={t("socialHint")} />
      <TextField {...field("copyright")} />
      <TextField
        {...field("publicUrl")}
        inputMode="url"
        hint={
          form.envPublicUrl
            ? `${t("publicUrlHint")} ${t("envOverride", { url: form.envPublicUrl })}`
            : t("publicUrlHint")
        }
      />
      <div className="space-y-3">
        <Button type="submit" variant="primary" disabled={pending}>
          {t("save")}
        </Button>
        {message && (
          <Alert role="status" tone={state?.ok ? "success" : "error"}>
            <p>{message}</p>
          </Alert>
        )}
      </div>
    </form>
  );
}
