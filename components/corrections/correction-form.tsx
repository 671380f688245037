"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
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
  const textId = useId();
  const timeId = useId();
  const [text, setText] = useState("");
  const [time, setTime] = useState(props.defaultTime);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [isPending, startTransition] = useTransition();

  const sentence = (result: ActionRefusal) => {
    const reason = result.details?.reason;
    // "empty" | "tooLong" | "time" | "future": the use-case's CorrectionRefusal.
    if (typeof reason === "string" && t.has(`errors.${reason}`)) return t(`errors.${reason}`);
    if (result.code === "FORBIDDEN") return t("errors.forbidden");
    if (result.code === "CONFLICT") return t("errors.notPublished");
    return t("errors.failed");
  };

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!text.trim()) return setMessage({ ok: false, text: t("errors.empty") });
    startTransition(async () => {
      const result = await props.add({ articleId: props.articleId, text, correctedAt: time });
      if (!result.ok) return setMessage({ ok: false, text: sentence(result) });
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
        <label htmlFor={textId} className="block text-sm font-medium">
          {t("text")}
        </label>
        <textarea
          id={textId}
          rows={3}
          maxLength={MAX}
          value={text}
          onChange={(event) => setText(event.target.value)}
          className="w-full rounded border border-[var(--color-rule)] px-2 py-1 text-sm"
        />
        <label htmlFor={timeId} className="block text-sm font-medium">
          {t("time")}
        </label>
        <input
          id={timeId}
          type="datetime-local"
          value={time}
          onChange={(event) => setTime(event.target.value)}
          aria-describedby={`${timeId}-zone`}
          className="rounded border border-[var(--color-rule)] px-2 py-1 text-sm"
        />
        <p id={`${timeId}-zone`} className="text-xs text-[var(--color-muted)]">
          {t("timeZone", { zone: props.timeZone })}
        </p>
        <button
          type="submit"
          disabled={isPending}
          className="rounded bg-[var(--color-ink)] px-3 py-1 text-sm text-white"
        >
          {isPending ? t("adding") : t("add")}
        </button>
        {message && (
          <p
            role={message.ok ? "status" : "alert"}
            className={`text-sm ${message.ok ? "text-green-800" : "text-red-800"}`}
          >
            {message.text}
          </p>
        )}
      </form>
    </section>
  );
}
