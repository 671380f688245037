"use client";

import { useTranslations } from "next-intl";
import { useMemo, useRef } from "react";
import { countText } from "@/lib/content/count";
import type { ActionResult } from "@/lib/schemas/action-result";
import { Alert } from "@/components/ui/alert";
import { Textarea } from "@/components/ui/field";
import { BylinesField } from "./bylines-field";
import { ConvertOutcome } from "./convert-control";
import { EditorActionBar } from "./editor-action-bar";
import { BodyField } from "./body-field";
import type { EditorMedia } from "./editor-media";
import { ConflictDialog, MergePanel } from "./lazy-parts";
import { useMerge } from "./merge-panel";
import { MetadataFields, type EditorOptions } from "./metadata-fields";
import type { TagActions } from "./tags-field";
import { ReadOnlyNotice } from "./read-only-notice";
import { deviceStore, type WorkingCopy } from "./save-client";
import { UnsentBanner } from "./unsent-banner";
import type { CollabSetup } from "./use-collab";
import { useArticleEditor, type Fields } from "./use-article-editor";
import { useScriptConvert, type ConvertScript } from "./use-script-convert";
import { SuggestionsPanel, type DecideSuggestions } from "./suggestions-panel";
import { CommentsPanel, type CommentsHandle } from "@/components/comments/comments-panel";
import { WorkflowPanel } from "@/components/workflow/workflow-panel";
import {
  PublishChecklist,
  type PublishChecklistFacts,
} from "@/components/workflow/publish-checklist";

type Props = {
  articleId: string;
  initial: WorkingCopy;
  canEdit: boolean;
  isPublished: boolean;
  options: EditorOptions;
  /** Images the editor can show and offer: the article's own, then recent uploads. */
  media?: EditorMedia[];
  suggestSlug: (input: { headline: string; articleId: string }) => Promise<ActionResult<string>>;
  createContributor: Parameters<typeof BylinesField>[0]["createContributor"];
  /** Server-rendered sidebar boxes (share preview, corrections), shown below the fields. */
  panels?: React.ReactNode;
  /** The "Comments" panel: comments loaded on the server and the actions that change them. */
  comments?: Omit<Parameters<typeof CommentsPanel>[0], "articleId" | "editor" | "bodyDoc" | "ref">;
  /** The workflow panel: state, allowed moves, schedule and embargo. */
  workflow?: Omit<Parameters<typeof WorkflowPanel>[0], "articleId" | "prepare">;
  convertScript: ConvertScript;
  /** The Tags type-ahead's search and "Create tag …". */
  tagActions: TagActions;
  /** "Before publishing": the section's pre-publish checklist, run live on the copy. */
  checklist?: PublishChecklistFacts;
  /** The body's co-editing document and who is typing in it. */
  collab: CollabSetup;
  /** Suggestion mode: whether this person may propose, who is who, and the decision. */
  suggestions: {
    canSuggest: boolean;
    decides: "any" | "others" | null;
    people: Record<string, string>;
    decide: DecideSuggestions;
  };
};

/**
 * The editing page: headline, body (Tiptap), bylines and metadata, autosaved against the
 * version it was based on. A stale save opens the conflict view instead of overwriting.
 * Locked fields (a story in review, for its reporter) look locked and say how to unlock.
 */
export function ArticleEditor(props: Props) {
  const t = useTranslations("editor");
  const state = useArticleEditor({ ...props, canSuggest: props.suggestions.canSuggest });
  const { editor, images, autosave, fields, fieldsRef, bodyDoc, load } = state;
  const conversion = useScriptConvert(props.articleId, state, props.convertScript);
  const merge = useMerge(editor, autosave, load);
  // "Comment" in the toolbar hands the selection to the comments panel.
  const commentsRef = useRef<CommentsHandle>(null);
  const change = (patch: Partial<Fields>) => {
    conversion.forget();
    state.change(patch);
  };

  const headlineCount = useMemo(() => countText(fields.headline), [fields.headline]);
  const conflict = autosave.conflict;

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0">
        <UnsentBanner
          articleId={props.articleId}
          serverVersion={props.initial.version}
          serverUpdatedAt={props.initial.updatedAt}
          onRestore={(kept) => {
            // The body's unsent changes are in the co-editing document's own device copy.
            load(kept.fields);
            autosave.resolveConflict(autosave.version.current, true, undefined, kept.baseVersion);
          }}
          onDiscard={() => deviceStore.clear(props.articleId)}
        />
        <EditorActionBar
          articleId={props.articleId}
          canEdit={props.canEdit}
          state={state}
          conversion={conversion}
        />
        <ConvertOutcome conversion={conversion} />
        {autosave.refusal && (
          <Alert tone="error" className="mb-2">
            {/* The server's sentence is English; known kinds are shown in the UI's language. */}
            {autosave.refusal.reason && t.has(`refused.${autosave.refusal.reason}`)
              ? t(`refused.${autosave.refusal.reason}`)
              : autosave.refusal.message}
          </Alert>
        )}
        {state.collab.refusal && (
          <Alert tone="error" className="mb-2">
            {t(`collab.${state.collab.refusal}`)}
          </Alert>
        )}
        <MergePanel editor={editor} conflicts={merge.conflicts} />
        {!props.canEdit && (
          <ReadOnlyNotice
            status={props.workflow?.state.status}
            transitions={props.workflow?.state.transitions ?? []}
            canSuggest={props.suggestions.canSuggest}
          />
        )}
        <Textarea
          id="headline"
          label={t("headline")}
          appearance="plain"
          rows={2}
          value={fields.headline}
          disabled={!props.canEdit}
          onChange={(e) => change({ headline: e.target.value.replace(/\n/g, " ") })}
          controlClassName="font-serif text-3xl font-bold leading-snug"
        />
        <p className="text-xs text-[var(--color-muted)]" aria-live="polite">
          {t("headlineCount", { units: headlineCount.units })}
        </p>
        <Textarea
          id="dek"
          label={t("dek")}
          className="mt-4"
          rows={2}
          value={fields.dek ?? ""}
          disabled={!props.canEdit}
          onChange={(e) => change({ dek: e.target.value })}
          controlClassName="text-lg"
        />
        <BodyField
          state={state}
          onComment={
            props.comments?.canComment ? () => commentsRef.current?.startInline() : undefined
          }
        />
      </div>
      <aside className="space-y-6">
        {props.workflow && (
          <WorkflowPanel
            articleId={props.articleId}
            {...props.workflow}
            prepare={autosave.prepare}
          />
        )}
        {props.checklist && (
          <PublishChecklist
            facts={props.checklist}
            copy={{ ...fields, body: bodyDoc }}
            library={images.media}
          />
        )}
        <SuggestionsPanel
          articleId={props.articleId}
          editor={editor}
          bodyDoc={bodyDoc}
          people={props.suggestions.people}
          decides={props.suggestions.decides}
          userId={props.collab.user.id}
          decide={props.suggestions.decide}
        />
        {props.comments && (
          <CommentsPanel
            ref={commentsRef}
            articleId={props.articleId}
            editor={editor}
            bodyDoc={bodyDoc}
            {...props.comments}
          />
        )}
        <BylinesField
          value={fields.bylines}
          contributors={props.options.contributors}
          disabled={!props.canEdit}
          onChange={(bylines) => change({ bylines })}
          createContributor={props.createContributor}
        />
        <MetadataFields
          fields={{ ...fields, body: bodyDoc }}
          options={props.options}
          images={[...images.media.values()]}
          disabled={!props.canEdit}
          isPublished={props.isPublished}
          onChange={change}
          tagActions={props.tagActions}
          onSuggestSlug={() =>
            void props
              .suggestSlug({ headline: fieldsRef.current.headline, articleId: props.articleId })
              .then((result) => {
                if (result.ok && result.data) change({ slug: result.data });
              })
          }
        />
        {props.panels}
      </aside>
      {conflict && (
        // Only the metadata can conflict: both sides have the co-edited body.
        <ConflictDialog
          mine={{ ...fields, body: conflict.fields.body }}
          theirs={conflict.fields}
          onKeepMine={() =>
            autosave.resolveConflict(conflict.version, true, conflict.fields, conflict.metaVersion)
          }
          onTakeTheirs={() => {
            load(conflict.fields);
            autosave.resolveConflict(
              conflict.version,
              false,
              conflict.fields,
              conflict.metaVersion,
            );
          }}
          onMerge={() => void merge.start({ ...fields, body: conflict.fields.body }, conflict)}
        />
      )}
    </div>
  );
}
