"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConvertButton } from "./convert-control";
import { PresenceNotice } from "./presence";
import { SaveStatusText } from "./save-status";
import type { ArticleEditorState } from "./use-article-editor";
import type { useScriptConvert } from "./use-script-convert";

/** Above the headline: save state, who else is here, history, timeline, preview, conversion, "Save". */
export function EditorActionBar(props: {
  articleId: string;
  canEdit: boolean;
  state: ArticleEditorState;
  conversion: ReturnType<typeof useScriptConvert>;
}) {
  const t = useTranslations("editor");
  const tOpen = useTranslations();
  const { autosave, collab, fields } = props.state;
  // The metadata's save state, unless it is settled: then the body's sync state.
  const status =
    autosave.status !== "saved"
      ? autosave.status
      : collab.status === "sending"
        ? "saving"
        : collab.status === "offline"
          ? "offline"
          : "saved";
  const base = `/newsroom/articles/${props.articleId}`;
  return (
    <div className="mb-2 flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
      <SaveStatusText status={status} />
      <PresenceNotice peers={collab.peers} />
      <a href={`${base}/history`} className="text-sm underline">
        {t("history")}
      </a>
      <a href={`${base}/timeline`} className="text-sm underline">
        {tOpen("timeline.open")}
      </a>
      <a
        href={`${base}/preview`}
        onClick={(event) => {
          // Preview what is on screen: save first (a failed save still opens the last one).
          if (!props.canEdit || event.metaKey || event.ctrlKey || event.shiftKey) return;
          event.preventDefault();
          const href = event.currentTarget.href;
          void autosave.prepare().finally(() => window.location.assign(href));
        }}
        className="text-sm underline"
      >
        {tOpen("preview.open")}
      </a>
      {props.canEdit && fields.language !== "en" && (
        <ConvertButton language={fields.language} conversion={props.conversion} />
      )}
      {props.canEdit && (
        <Button variant="primary" onClick={() => void autosave.flush("MANUAL")}>
          {t("save")}
        </Button>
      )}
    </div>
  );
}
