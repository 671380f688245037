"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ActionMessage } from "@/components/users/action-message";

type Preview = {
  headline: string;
  language: "zh-Hant" | "zh-Hans" | "en";
  paragraphs: number;
  annotations: number;
  credits: Array<{ name: string; role: string; kind: string }>;
  damage: Array<{ kind: string; excerpt: string; reading?: string }>;
};
type State = { ok?: boolean; code?: string; preview?: Preview };
type Action = (state: State, formData: FormData) => Promise<State>;

/** Paste or choose a file, check what Galley found, then create the draft. */
export function ImportForm({ preview, create }: { preview: Action; create: Action }) {
  const t = useTranslations("import");
  const tr = useTranslations("roles");
  const [previewState, previewAction, previewing] = useActionState(preview, {});
  const [createState, createAction, creating] = useActionState(create, {});
  const found = previewState.preview;
  return (
    <form className="space-y-5">
      <div>
        <label htmlFor="import-text" className="block text-sm font-medium">
          {t("text")}
        </label>
        <textarea
          id="import-text"
          name="text"
          rows={10}
          className="w-full rounded border border-[var(--color-rule)] p-2 font-serif"
        />
      </div>
      <div>
        <label htmlFor="import-file" className="block text-sm font-medium">
          {t("file")}
        </label>
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".txt,.docx,.html,.htm,text/plain,text/html"
        />
      </div>
      <fieldset>
        <legend className="text-sm font-medium">{t("annotations")}</legend>
        {(["ruby", "remove", "keep"] as const).map((mode) => (
          <label key={mode} className="mr-4 inline-flex items-center gap-1 text-sm">
            <input type="radio" name="annotations" value={mode} defaultChecked={mode === "ruby"} />{" "}
            {t(`mode.${mode}`)}
          </label>
        ))}
      </fieldset>
      <button
        type="submit"
        formAction={previewAction}
        disabled={previewing}
        className="rounded border border-[var(--color-rule)] px-3 py-1.5"
      >
        {t("preview")}
      </button>
      <ActionMessage state={previewState.ok ? {} : previewState} />
      {found && (
        <section
          aria-label={t("found")}
          className="space-y-3 rounded border border-[var(--color-rule)] p-4"
        >
          <div>
            <label htmlFor="import-headline" className="block text-sm font-medium">
              {t("headline")}
            </label>
            <input
              id="import-headline"
              name="headline"
              key={found.headline}
              defaultValue={found.headline}
              className="w-full rounded border border-[var(--color-rule)] px-2 py-1 font-serif text-lg"
            />
          </div>
          <p className="text-sm">
            {t("summary", {
              paragraphs: found.paragraphs,
              annotations: found.annotations,
              language: found.language,
            })}
          </p>
          <div>
            <h2 className="text-sm font-medium">{t("bylines")}</h2>
            <ul className="text-sm">
              {found.credits.map((credit, index) => (
                <li key={index}>
                  {tr(credit.role)} · {credit.name}
                </li>
              ))}
              {found.credits.length === 0 && (
                <li className="text-[var(--color-muted)]">{t("noBylines")}</li>
              )}
            </ul>
          </div>
          {found.damage.length > 0 && (
            <div role="alert" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm">
              <p className="font-medium">{t("damage", { count: found.damage.length })}</p>
              <ul className="list-disc pl-5">
                {found.damage.map((damage, index) => (
                  <li key={index}>
                    <code>{damage.excerpt}</code> —{" "}
                    {t(`damageKinds.${damage.kind}`, { reading: damage.reading ?? "" })}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <button
            type="submit"
            formAction={createAction}
            disabled={creating}
            className="rounded bg-[var(--color-ink)] px-3 py-1.5 text-white"
          >
            {t("create")}
          </button>
          <ActionMessage state={createState} />
        </section>
      )}
    </form>
  );
}
