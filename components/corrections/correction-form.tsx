"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Textarea, TextField } from "@/components/ui/field";
import type { ActionRefusal, ActionResult } from "@/lib/schemas/action-result";

type Props = {
  articleId: string;
  /** Now, as datetime-local text in the newsroom's time zone (computed on the server). */
  defaultTime: string;
  timeZone: string;
  /** Corrections already on the record (dates as ISO strings). */
  corrections: { id: string; text: string; correctedAt: string }[];
  add: (input: { articleId: string; text: string; correctedAt: string }) => Promise<ActionResult>;
};

const MAX = 2000;

/** "Add correction" for editors on a published article: shown to readers at once, never deleted. */
export function CorrectionForm(props: Props) {
  const t = useTranslations("corrections");
  const format = useFormatter();
  const router = useRouter();
  const headingId = useId();
  const [text, setText] = useState("");
  const [time, setTime] = useState(props.defaultTime);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [errors, setErrors] = useState<{ text?: string; time?: string }>({});
  const [isPending, startTransition] = useTransition();

  // The use-case's CorrectionRefusal reasons, each shown beside the field it is about.
  const FIELD_OF: Record<string, "text" | "time"> = {
    empty: "text",
    tooLong: "text",
    time: "time",
    future: "time",
  };
  const refuse = (result: ActionRefusal) => {
    const reason = result.details?.reason;
    if (typeof reason === "string" && FIELD_OF[reason] && t.has(`errors.${reason}`))
      return setErrors({ [FIELD_OF[reason]]: t(`errors.${reason}`) });
    if (result.code === "FORBIDDEN") return setMessage({ ok: false, text: t("errors.forbidden") });
    if (result.code === "CONFLICT")
      return setMessage({ ok: false, text: t("errors.notPublished") });
    setMessage({ ok: false, text: t("errors.failed") });
  };

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage(null);
    setErrors({});
    if (!text.trim()) return setErrors({ text: t("errors.empty") });
    startTransition(async () => {
      const result = await props.add({ articleId: props.articleId, text, correctedAt: time });
      if (!result.ok) return refuse(result);
      setText("");
      setMessage({ ok: true, text: t("added") });
      router.refresh();
    });
  };

  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-sm font-semibold">
        {t("heading")}
      </h2>
      {props.corrections.length > 0 && (
        <ul className="space-y-1 text-sm">
          {props.corrections.map((correction) => (
            <li key={correction.id}>
              <time dateTime={correction.correctedAt} className="text-[var(--color-muted)]">
                {format.dateTime(new Date(correction.correctedAt), {
                  dateStyle: "medium",
                  timeStyle: "short",
                })}
              </time>{" "}
              {correction.text}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} className="space-y-2" noValidate>
        <p className="text-xs text-[var(--color-muted)]">{t("explain")}</p>
        <Textarea
          label={t("text")}
          rows={3}
          maxLength={MAX}
          error={errors.text}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <TextField
          label={t("time")}
          hint={t("timeZone", { zone: props.timeZone })}
          type="datetime-local"
          error={errors.time}
          value={time}
          onChange={(event) => setTime(event.target.value)}
          controlClassName="w-auto"
        />
        <Button type="submit" variant="primary" disabled={isPending}>
          {isPending ? t("adding") : t("add")}
        </Button>
        {message && <Alert tone={message.ok ? "success" : "error"}>{message.text}</Alert>}
      </form>
    </section>
  );
}
