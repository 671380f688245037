"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Textarea, TextField } from "@/components/ui/field";
import { ActionMessage } from "@/components/users/action-message";
import type { ActionResult } from "@/lib/schemas/action-result";

type Preview = {
  headline: string;
  dek: string | null;
  bodyStart: string[];
  language: "zh-Hant" | "zh-Hans" | "en";
  paragraphs: number;
  annotations: number;
  credits: Array<{ name: string; role: string; kind: string }>;
  damage: Array<{ kind: string; excerpt: string; reading?: string }>;
  source: { kind: "text" | "html"; content: string };
  mode: "ruby" | "remove" | "keep";
};
type Action<T> = (state: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;
const MODES = ["ruby", "remove", "keep"] as const;

/**
 * Two forms: paste or choose a file and "Preview"; then check what Galley found, edit the
 * headline and "Create draft". The second form carries the source the preview read (a file
 * is read once, and React's reset of the first form cannot lose it). The pasted text and
 * the annotation choice are controlled, so that reset cannot empty them either: the
 * person can adjust and preview again.
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
  const [text, setText] = useState("");
  const [mode, setMode] = useState<(typeof MODES)[number]>("ruby");
  const found = previewState?.ok ? previewState.data : undefined;
  return (
    <div className="space-y-5">
      <form className="space-y-5" action={previewAction}>
        <Textarea
          id="import-text"
          name="text"
          label={t("text")}
          rows={10}
          value={text}
          onChange={(event) => setText(event.target.value)}
          controlClassName="p-2 font-serif text-base"
        />
        <TextField
          id="import-file"
          name="file"
          type="file"
          label={t("file")}
          accept=".txt,.docx,.html,.htm,text/plain,text/html"
          controlClassName="border-0 px-0"
        />
        <fieldset>
          <legend className="text-sm font-medium">{t("annotations")}</legend>
          {MODES.map((option) => (
            <label key={option} className="mr-4 inline-flex items-center gap-1 text-sm">
              <input
                type="radio"
                name="annotations"
                value={option}
                checked={mode === option}
                onChange={() => setMode(option)}
              />{" "}
              {t(`mode.${option}`)}
            </label>
          ))}
        </fieldset>
        <Button type="submit" disabled={previewing}>
          {t("preview")}
        </Button>
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
          <TextField
            id="import-headline"
            name="headline"
            label={t("headline")}
            key={found.headline}
            defaultValue={found.headline}
            controlClassName="font-serif text-lg"
          />
          <Textarea
            id="import-dek"
            name="dek"
            label={t("dek")}
            rows={2}
            key={found.dek ?? ""}
            defaultValue={found.dek ?? ""}
          />
          <section aria-labelledby="import-body-start">
            <h2 id="import-body-start" className="text-sm font-medium">
              {t("bodyStart")}
            </h2>
            <div className="mt-1 space-y-2 rounded bg-[var(--color-paper)] p-2 font-serif text-sm">
              {found.bodyStart.map((paragraph, index) => (
                <p key={index} className="line-clamp-3">
                  {paragraph}
                </p>
              ))}
            </div>
          </section>
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
            <Alert tone="warning" role="alert" title={t("damage", { count: found.damage.length })}>
              <ul className="list-disc pl-5">
                {found.damage.map((damage, index) => (
                  <li key={index}>
                    <code>{damage.excerpt}</code> —{" "}
                    {t(`damageKinds.${damage.kind}`, { reading: damage.reading ?? "" })}
                  </li>
                ))}
              </ul>
            </Alert>
          )}
          <Button type="submit" variant="primary" disabled={creating}>
            {t("create")}
          </Button>
          <ActionMessage state={createState} />
        </form>
      )}
    </div>
  );
}
