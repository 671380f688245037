"use client";

import { selectSuggestion } from "@handlewithcare/prosemirror-suggest-changes";
import type { Editor } from "@tiptap/core";
import { useFormatter, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { colorFor } from "@/lib/content/suggestion-marks";
import { listSuggestions, type SuggestionSummary } from "@/lib/content/suggestions";
import type { ActionResult } from "@/lib/schemas/action-result";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export type SuggestionDecisionInput = {
  articleId: string;
  ids: string[] | "all";
  decision: "accept" | "reject";
};
export type DecideSuggestions = (
  input: SuggestionDecisionInput,
) => Promise<ActionResult<{ decided: number; version: number | null }>>;

const KNOWN_ERRORS = new Set(["CONFLICT", "FORBIDDEN"]);
const QUOTE_MAX = 40;
const quote = (text: string) =>
  text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX)}…` : text.replace(/\n/g, " ");

/**
 * "Suggestions": what is proposed in the body, in the order of the text, each with who
 * proposed it and when. Those who may edit the body decide: "Accept" and "Reject" on each,
 * "Accept all" and "Reject all". The decision is made on the server, and the body changes
 * in every open editor through the co-editing document.
 */
export function SuggestionsPanel(props: {
  articleId: string;
  editor: Editor | null;
  bodyDoc: unknown;
  /** Names by user id, for the suggestions' authors. */
  people: Record<string, string>;
  /** Whose suggestions this person decides: any, the others' (an author in review), none. */
  decides: "any" | "others" | null;
  userId: string;
  decide: DecideSuggestions;
}) {
  const t = useTranslations("editor.suggest");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const suggestions = useMemo(() => listSuggestions(props.bodyDoc), [props.bodyDoc]);
  const mayDecide = (suggestion: SuggestionSummary) =>
    props.decides === "any" || (props.decides === "others" && suggestion.authorId !== props.userId);
  const decidable = suggestions.filter(mayDecide).length;

  const decide = async (ids: string[] | "all", decision: "accept" | "reject") => {
    setBusy(true);
    const result = await props
      .decide({ articleId: props.articleId, ids, decision })
      .catch(() => ({ ok: false as const, code: "INTERNAL", message: "" }));
    setBusy(false);
    if (!result.ok)
      return setMessage({
        tone: "error",
        text: t(KNOWN_ERRORS.has(result.code) ? `errors.${result.code}` : "errors.failed"),
      });
    setMessage({ tone: "success", text: t("decided", { count: result.data.decided, decision }) });
  };

  const show = (id: string) => {
    const editor = props.editor;
    if (!editor) return;
    selectSuggestion(id as never)(editor.state, editor.view.dispatch);
    editor.commands.scrollIntoView();
    editor.commands.focus();
  };

  return (
    <section aria-labelledby="suggestions-heading" className="space-y-2">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="suggestions-heading" className="text-sm font-semibold">
          {t("title")}
        </h2>
        <p className="text-xs text-[var(--color-muted)]">
          {suggestions.length > 0 ? t("count", { count: suggestions.length }) : t("none")}
        </p>
      </div>
      {suggestions.length > 0 && (
        <ul className="space-y-2">
          {suggestions.map((suggestion) => (
            <SuggestionItem
              key={suggestion.id}
              suggestion={suggestion}
              author={suggestion.authorId ? props.people[suggestion.authorId] : undefined}
              canDecide={mayDecide(suggestion)}
              busy={busy}
              onShow={() => show(suggestion.id)}
              onDecide={(decision) => void decide([suggestion.id], decision)}
            />
          ))}
        </ul>
      )}
      {decidable > 1 && (
        <div className="flex gap-2">
          <Button size="xs" disabled={busy} onClick={() => void decide("all", "accept")}>
            {t("acceptAll")}
          </Button>
          <Button size="xs" disabled={busy} onClick={() => void decide("all", "reject")}>
            {t("rejectAll")}
          </Button>
        </div>
      )}
      {message && (
        <Alert tone={message.tone} className="text-sm">
          {message.text}
        </Alert>
      )}
    </section>
  );
}

function SuggestionItem(props: {
  suggestion: SuggestionSummary;
  author: string | undefined;
  canDecide: boolean;
  busy: boolean;
  onShow: () => void;
  onDecide: (decision: "accept" | "reject") => void;
}) {
  const t = useTranslations("editor.suggest");
  const format = useFormatter();
  const { suggestion } = props;
  const { inserted, deleted } = suggestion;
  const what =
    inserted && deleted
      ? t("replace", { deleted: quote(deleted), inserted: quote(inserted) })
      : inserted
        ? t("insert", { text: quote(inserted) })
        : deleted
          ? t("delete", { text: quote(deleted) })
          : t("format");
  const color = suggestion.authorId ? colorFor(suggestion.authorId) : "var(--color-muted)";
  return (
    <li
      className="rounded border border-[var(--color-rule)] border-l-4 bg-white p-2 text-sm"
      style={{ borderLeftColor: color }}
    >
      <button
        type="button"
        className="text-left hover:underline"
        title={t("show")}
        onClick={props.onShow}
      >
        {what}
      </button>
      <p className="mt-1 text-xs text-[var(--color-muted)]">
        <span style={{ color }}>{props.author ?? t("someone")}</span>
        {suggestion.at && (
          <>
            {" · "}
            <time dateTime={suggestion.at.toISOString()}>
              {format.dateTime(suggestion.at, { dateStyle: "medium", timeStyle: "short" })}
            </time>
          </>
        )}
      </p>
      {props.canDecide && (
        <div className="mt-1 flex gap-2">
          <Button size="xs" disabled={props.busy} onClick={() => props.onDecide("accept")}>
            {t("accept")}
          </Button>
          <Button size="xs" disabled={props.busy} onClick={() => props.onDecide("reject")}>
            {t("reject")}
          </Button>
        </div>
      )}
    </li>
  );
}
