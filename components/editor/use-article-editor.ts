"use client";

import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { ReactNodeViewRenderer, useEditor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { BODY_FIELD, yDocToBody } from "@/lib/content/collab-doc";
import type { Doc } from "@/lib/content/doc";
import { editorExtensions } from "@/lib/content/editor-extensions";
import { SuggestMode } from "@/lib/content/suggest-mode";
import type { TArticleFields } from "@/lib/schemas/article";
import type { EditorMedia } from "./editor-media";
import { ImageNodeView } from "./image-node-view";
import { useMergeMarkers } from "./merge-panel";
import type { WorkingCopy } from "./save-client";
import { useAutosave } from "./use-autosave";
import { useCollab, type BodyMode, type CollabSetup } from "./use-collab";
import { imageDropProps, useImageUpload, type ImageUpload } from "./use-image-upload";

export type Fields = Omit<TArticleFields, "body">;

// The body's JSON (counts, checklist, comments) is read this long after typing pauses:
// serialising a long story on every keystroke would cost the keystroke its frame.
const BODY_READ_MS = 250;

function withoutBody(fields: TArticleFields): Fields {
  const copy: Partial<TArticleFields> = { ...fields };
  delete copy.body;
  return copy as Fields;
}

/**
 * The working copy on screen: the fields, the Tiptap body, image uploads and autosave,
 * wired so that every change is saved against the version it was based on.
 */
export function useArticleEditor(options: {
  articleId: string;
  initial: WorkingCopy;
  canEdit: boolean;
  /** Whether this person may propose changes to the body (suggestion mode). */
  canSuggest: boolean;
  media?: EditorMedia[] | undefined;
  collab: CollabSetup;
}) {
  const t = useTranslations("editor");
  const [fields, setFields] = useState(() => withoutBody(options.initial.fields));
  // The body is the article's co-editing document (use-collab.ts), not a value of its own:
  // the page sends it once, as the document's state, and its JSON is read from there.
  const collab = useCollab(options.articleId, options.collab);
  const [bodyDoc, setBodyDoc] = useState<Doc>(() => yDocToBody(collab.ydoc));
  // The latest fields for saves fired from timers and events, updated with every change.
  const fieldsRef = useRef(withoutBody(options.initial.fields));
  // Files dropped or pasted into the body go to the upload (set once it exists).
  const dropTargetRef = useRef<ImageUpload["upload"] | null>(null);
  // Frames what "Merge both" could not decide (merge-panel.tsx).
  const mergeMarkers = useMergeMarkers();
  // The server's word once connected (a story moved on), the page's until then.
  const mode: BodyMode =
    collab.mode ?? (options.canEdit ? "edit" : options.canSuggest ? "suggest" : "read");
  const canType = mode !== "read" && collab.refusal === null;
  // "Suggest changes": chosen by those who may edit, always on for those who may only suggest.
  const [suggestChosen, setSuggesting] = useState(false);
  const suggesting = mode === "suggest" || (mode === "edit" && suggestChosen);

  const editor = useEditor({
    extensions: [
      ...editorExtensions({
        placeholder: t("bodyPlaceholder"),
        imageNodeView: ReactNodeViewRenderer(ImageNodeView),
        collaborative: true,
      }),
      mergeMarkers,
      SuggestMode.configure({
        userId: options.collab.user.id,
        onComposition: collab.holdUpdates,
      }),
      Collaboration.configure({ document: collab.ydoc, field: BODY_FIELD }),
      CollaborationCaret.configure({
        provider: { awareness: collab.awareness },
        user: collab.caretUser,
      }),
    ],
    editable: canType,
    immediatelyRender: false, // server-rendered page: mount the editor in the browser only
    editorProps: {
      attributes: {
        "aria-label": t("body"),
        role: "textbox",
        "aria-multiline": "true",
        // A body that cannot be edited looks it: shaded, like the other locked fields.
        class: `article-body font-serif min-h-[50vh] focus:outline-none py-4${options.canEdit || options.canSuggest ? "" : " rounded bg-stone-50 px-3 text-[var(--color-muted)]"}`,
      },
      // The handlers read the ref when a file is dropped or pasted, never while rendering.
      // eslint-disable-next-line react-hooks/refs
      ...imageDropProps(dropTargetRef),
    },
  });
  const images = useImageUpload(editor, {
    initial: options.media,
    canEdit: options.canEdit,
    dropTargetRef,
  });

  const getFields = useCallback(
    (): TArticleFields => ({ ...fieldsRef.current, body: editor?.getJSON() ?? bodyDoc }),
    [editor, bodyDoc],
  );
  const autosave = useAutosave(
    options.articleId,
    options.initial.version,
    getFields,
    options.initial.fields,
    { metaVersion: options.initial.metaVersion, commit: collab.commit },
  );

  // Typing (here or in another browser) changes the document; the body's JSON follows.
  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setBodyDoc(editor.getJSON() as Doc), BODY_READ_MS);
    };
    editor.on("update", onUpdate);
    return () => {
      clearTimeout(timer);
      editor.off("update", onUpdate);
    };
  }, [editor]);

  // A story moved on (say into review): the server says whether this person may still type.
  useEffect(() => {
    editor?.setEditable(canType);
  }, [editor, canType]);
  useEffect(() => {
    editor?.commands.setSuggestMode(suggesting);
  }, [editor, suggesting]);

  /** A change made by the person: saved about a second later. */
  const change = (patch: Partial<Fields>) => {
    fieldsRef.current = { ...fieldsRef.current, ...patch };
    setFields(fieldsRef.current);
    autosave.markChanged();
  };

  /**
   * Puts a copy's fields on screen (someone else's, a conversion's). The body comes
   * through the co-editing document, so it is left alone: setting it here as well would
   * apply the same change twice. `body: true` sets it as this person's own edit (undoing a
   * conversion); `history: false` keeps that out of the body's undo.
   */
  const load = (
    next: TArticleFields,
    { history = true, body = false }: { history?: boolean; body?: boolean } = {},
  ) => {
    fieldsRef.current = withoutBody(next);
    setFields(fieldsRef.current);
    if (!body) return;
    editor
      ?.chain()
      .setMeta("addToHistory", history)
      .setContent(next.body as Doc)
      .run();
    setBodyDoc(next.body as Doc);
  };

  return {
    editor,
    images,
    autosave,
    collab,
    mode,
    suggesting,
    setSuggesting,
    fields,
    fieldsRef,
    bodyDoc,
    getFields,
    change,
    load,
  };
}

export type ArticleEditorState = ReturnType<typeof useArticleEditor>;
