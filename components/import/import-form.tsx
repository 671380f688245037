"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ActionMessage } from "@/components/users/action-message";
import type { ActionResult } from "@/lib/schemas/action-result";

type Preview = {
  headline: string;
  language: "zh-Hant" | "zh-Hans" | "en";
  paragraphs: number;
  annotations: number;
  credits: Array<{ name: string; role: string; kind: string }>;
  damage: Array<{ kind: string; excerpt: string; reading?: string }>;
  source: { kind: "text" | "html"; content: string };
  mode: "ruby" | "remove" | "keep";
};
type Action<T> = (state: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

/**
 * Two forms: paste or choose a file and "Preview"; then check what Galley found, edit the
 * headline and "Create draft". The second form carries the source the preview read (a file
 * is read once, and React's reset of the first form cannot lose it).
 */
export function ImportForm({
  preview,
  create,
}: {
  preview: Action<Preview>;
  create: Action<unknown>;
}) {
  const t = useTranslations("import");
  const tr = useTranslations("roles");
  const [previewState, previewAction, previewing] = useActionState(preview, null);
  const [createState, createAction, creating] = useActionState(create, null);
  const found = previewState?.ok ? previewState.data : undefined;
  return (
    <div className="space-y-5">
      <form className="space-y-5" action={previewAction}>
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
              <input
                type="radio"
                name="annotations"
                value={mode}
                defaultChecked={mode === "ruby"}
              />{" "}
              {t(`mode.${mode}`)}
            </label>
          ))}
        </fieldset>
        <button
          type="submit"
          disabled={previewing}
          className="rounded border border-[var(--color-rule)] px-3 py-1.5"
        >
          {t("preview")}
        </button>
        <ActionMessage state={previewState?.ok ? null : previewState} />
      </form>
      {found && (
        <form
          action={createAction}
          aria-label={t("found")}
          className="space-y-3 rounded border border-[var(--color-rule)] p-4"
        >
          <input type="hidden" name="sourceKind" value={found.source.kind} />
          <input type="hidden" name="sourceContent" value={found.source.content} />
          <input type="hidden" name="annotations" value={found.mode} />
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
            disabled={creating}
            className="rounded bg-[var(--color-ink)] px-3 py-1.5 text-white"
          >
            {t("create")}
          </button>
          <ActionMessage state={createState} />
        </form>
      )}
    </div>
  );
}
