"use client";

import type { ActionResult } from "@/lib/schemas/action-result";
import { EditorContent, ReactNodeViewRenderer, useEditor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { countDoc, countText } from "@/lib/content/count";
import type { Doc } from "@/lib/content/doc";
import { editorExtensions } from "@/lib/content/editor-extensions";
import { mergeDocs } from "@/lib/content/merge-docs";
import type { TArticleFields } from "@/lib/schemas/article";
import { BylinesField } from "./bylines-field";
import { ConflictDialog } from "./conflict-dialog";
import { EditorMediaContext, type EditorMedia } from "./editor-media";
import { ImageNodeView } from "./image-node-view";
import { imageDropProps, useImageUpload, type ImageUpload } from "./use-image-upload";
import { EditorToolbar } from "./editor-toolbar";
import { MetadataFields, type EditorOptions } from "./metadata-fields";
import { SaveStatusText } from "./save-status";
import { deviceStore, type WorkingCopy } from "./save-client";
import { useAutosave } from "./use-autosave";
import { PresenceNotice } from "./presence";
import { UnsentBanner } from "./unsent-banner";
import { CommentsPanel, type CommentsHandle } from "@/components/comments/comments-panel";
import { WorkflowPanel } from "@/components/workflow/workflow-panel";

function withoutBody(fields: TArticleFields): Omit<TArticleFields, "body"> {
  const copy: Partial<TArticleFields> = { ...fields };
  delete copy.body;
  return copy as Omit<TArticleFields, "body">;
}

const ALERT = "my-2 rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800";

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
  convertScript: (input: {
    articleId: string;
    to: "hans" | "hant";
    baseVersion: number;
  }) => Promise<ActionResult<{ version: number }>>;
};

/**
 * The editing page: headline, body (Tiptap), bylines and metadata, autosaved against the
 * version it was based on. A stale save opens the conflict view instead of overwriting.
 */
export function ArticleEditor(props: Props) {
  const t = useTranslations("editor");
  const tOpen = useTranslations();
  const [fields, setFields] = useState(() => withoutBody(props.initial.fields));
  const [bodyDoc, setBodyDoc] = useState<Doc>(props.initial.fields.body as Doc);
  // The latest fields for saves fired from timers and events, updated with every change.
  const fieldsRef = useRef(withoutBody(props.initial.fields));
  // "Comment" in the toolbar hands the selection to the comments panel.
  const commentsRef = useRef<CommentsHandle>(null);
  // Files dropped or pasted into the body go to the upload (set once it exists).
  const dropTargetRef = useRef<ImageUpload["upload"] | null>(null);

  const editor = useEditor({
    extensions: editorExtensions({
      placeholder: t("bodyPlaceholder"),
      imageNodeView: ReactNodeViewRenderer(ImageNodeView),
    }),
    content: props.initial.fields.body as Doc,
    editable: props.canEdit,
    immediatelyRender: false, // server-rendered page: mount the editor in the browser only
    editorProps: {
      attributes: {
        "aria-label": t("body"),
        role: "textbox",
        "aria-multiline": "true",
        class: "article-body font-serif min-h-[50vh] focus:outline-none py-4",
      },
      // The handlers read the ref when a file is dropped or pasted, never while rendering.
      // eslint-disable-next-line react-hooks/refs
      ...imageDropProps(dropTargetRef),
    },
  });
  const images = useImageUpload(editor, {
    initial: props.media,
    canEdit: props.canEdit,
    dropTargetRef,
  });

  const getFields = useCallback(
    (): TArticleFields => ({ ...fieldsRef.current, body: editor?.getJSON() ?? bodyDoc }),
    [editor, bodyDoc],
  );
  const autosave = useAutosave(props.articleId, props.initial.version, getFields);
  const { markChanged } = autosave;

  useEffect(() => {
    if (!editor) return;
    const onUpdate = () => {
      setBodyDoc(editor.getJSON() as Doc);
      markChanged();
    };
    const onBlur = () => void autosave.flush();
    editor.on("update", onUpdate);
    editor.on("blur", onBlur);
    return () => {
      editor.off("update", onUpdate);
      editor.off("blur", onBlur);
    };
  }, [editor, markChanged, autosave]);

  const change = (patch: Partial<Omit<TArticleFields, "body">>) => {
    fieldsRef.current = { ...fieldsRef.current, ...patch };
    setFields(fieldsRef.current);
    markChanged();
  };

  const load = (next: TArticleFields) => {
    fieldsRef.current = withoutBody(next);
    setFields(fieldsRef.current);
    editor?.commands.setContent(next.body as Doc, { emitUpdate: false });
    setBodyDoc(next.body as Doc);
  };

  const convert = async (to: "hans" | "hant") => {
    // Convert what is on screen, not an older copy: save first, and stop if that failed.
    if ((await autosave.flush("MANUAL")) !== "saved") return window.alert(t("convertFailed"));
    const result = await props.convertScript({
      articleId: props.articleId,
      to,
      baseVersion: autosave.version.current,
    });
    if (result.ok) window.location.reload();
    else window.alert(t("convertFailed"));
  };

  const bodyCount = useMemo(() => countDoc(bodyDoc), [bodyDoc]);
  const headlineCount = useMemo(() => countText(fields.headline), [fields.headline]);
  const conflict = autosave.conflict;

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0">
        <UnsentBanner
          articleId={props.articleId}
          serverVersion={props.initial.version}
          serverUpdatedAt={props.initial.updatedAt}
          onRestore={(kept) => {
            load(kept.fields);
            autosave.resolveConflict(kept.baseVersion, true);
          }}
          onDiscard={() => deviceStore.clear(props.articleId)}
        />
        <div className="mb-2 flex flex-wrap items-center justify-between gap-4">
          <SaveStatusText status={autosave.status} />
          <PresenceNotice articleId={props.articleId} />
          <a href={`/newsroom/articles/${props.articleId}/history`} className="text-sm underline">
            {t("history")}
          </a>
          <a href={`/newsroom/articles/${props.articleId}/timeline`} className="text-sm underline">
            {tOpen("timeline.open")}
          </a>
          <a
            href={`/newsroom/articles/${props.articleId}/preview`}
            onClick={(event) => {
              // Preview what is on screen: save first (a failed save still opens the last one).
              if (!props.canEdit || event.metaKey || event.ctrlKey || event.shiftKey) return;
              event.preventDefault();
              const href = event.currentTarget.href;
              void autosave.flush().finally(() => window.location.assign(href));
            }}
            className="text-sm underline"
          >
            {tOpen("preview.open")}
          </a>
          {props.canEdit && fields.language !== "en" && (
            <button
              type="button"
              onClick={() => void convert(fields.language === "zh-Hant" ? "hans" : "hant")}
              className="text-sm underline"
            >
              {fields.language === "zh-Hant" ? t("toSimplified") : t("toTraditional")}
            </button>
          )}
          {props.canEdit && (
            <button
              type="button"
              onClick={() => void autosave.flush("MANUAL")}
              className="rounded bg-[var(--color-ink)] px-3 py-1 text-sm text-white"
            >
              {t("save")}
            </button>
          )}
        </div>
        {autosave.refusal && (
          <p
            role="alert"
            className="mb-2 rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
          >
            {/* The server's sentence is English; known kinds are shown in the UI's language. */}
            {autosave.refusal.reason && t.has(`refused.${autosave.refusal.reason}`)
              ? t(`refused.${autosave.refusal.reason}`)
              : autosave.refusal.message}
          </p>
        )}
        <label htmlFor="headline" className="block text-sm font-medium">
          {t("headline")}
        </label>
        <textarea
          id="headline"
          rows={2}
          value={fields.headline}
          disabled={!props.canEdit}
          onChange={(e) => change({ headline: e.target.value.replace(/\n/g, " ") })}
          className="w-full resize-none border-0 border-b border-[var(--color-rule)] bg-transparent font-serif text-3xl font-bold leading-snug focus:outline-none"
        />
        <p className="text-xs text-[var(--color-muted)]" aria-live="polite">
          {t("headlineCount", { units: headlineCount.units })}
        </p>
        <label htmlFor="dek" className="mt-4 block text-sm font-medium">
          {t("dek")}
        </label>
        <textarea
          id="dek"
          rows={2}
          value={fields.dek ?? ""}
          disabled={!props.canEdit}
          onChange={(e) => change({ dek: e.target.value })}
          className="w-full rounded border border-[var(--color-rule)] px-2 py-1 text-lg"
        />
        <div className="mt-6">
          <p id="body-label" className="text-sm font-medium">
            {t("body")}
          </p>
          {props.canEdit && (
            <EditorToolbar
              editor={editor}
              onComment={
                props.comments?.canComment ? () => commentsRef.current?.startInline() : undefined
              }
              onImageFiles={(files) => void images.upload(files)}
            />
          )}
          <p role="status" className="text-sm text-[var(--color-muted)]">
            {images.status}
          </p>
          <p role="alert" className={images.error ? ALERT : "sr-only"}>
            {images.error}
          </p>
          {/* Image node views render inside EditorContent (as portals), so they see this. */}
          <EditorMediaContext value={images.media}>
            <EditorContent editor={editor} aria-labelledby="body-label" />
          </EditorMediaContext>
          <p className="mt-2 text-sm text-[var(--color-muted)]" data-testid="body-count">
            {t("bodyCount", {
              units: bodyCount.units,
              han: bodyCount.han,
              words: bodyCount.words,
              minutes: bodyCount.readingMinutes,
            })}
          </p>
        </div>
      </div>
      <aside className="space-y-6">
        {props.workflow && (
          <WorkflowPanel
            articleId={props.articleId}
            {...props.workflow}
            prepare={async () => {
              if (!props.canEdit) return autosave.version.current;
              const outcome = await autosave.flush();
              return outcome === "saved" || outcome === "skipped" ? autosave.version.current : null;
            }}
          />
        )}
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
        <ConflictDialog
          mine={{ ...fields, body: bodyDoc }}
          theirs={conflict.fields}
          onKeepMine={() => autosave.resolveConflict(conflict.version, true)}
          onTakeTheirs={() => {
            load(conflict.fields);
            autosave.resolveConflict(conflict.version, false);
          }}
          onMerge={() => {
            const mine = { ...fields, body: bodyDoc };
            load({ ...mine, body: mergeDocs(conflict.fields.body as Doc, mine.body as Doc) });
            autosave.resolveConflict(conflict.version, true);
          }}
        />
      )}
    </div>
  );
}
