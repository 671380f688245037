"use client";

import { ReactNodeViewRenderer, useEditor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Doc } from "@/lib/content/doc";
import { editorExtensions } from "@/lib/content/editor-extensions";
import type { TArticleFields } from "@/lib/schemas/article";
import type { EditorMedia } from "./editor-media";
import { ImageNodeView } from "./image-node-view";
import type { WorkingCopy } from "./save-client";
import { useAutosave } from "./use-autosave";
import { imageDropProps, useImageUpload, type ImageUpload } from "./use-image-upload";

export type Fields = Omit<TArticleFields, "body">;

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
  media?: EditorMedia[] | undefined;
}) {
  const t = useTranslations("editor");
  const [fields, setFields] = useState(() => withoutBody(options.initial.fields));
  const [bodyDoc, setBodyDoc] = useState<Doc>(options.initial.fields.body as Doc);
  // The latest fields for saves fired from timers and events, updated with every change.
  const fieldsRef = useRef(withoutBody(options.initial.fields));
  // Files dropped or pasted into the body go to the upload (set once it exists).
  const dropTargetRef = useRef<ImageUpload["upload"] | null>(null);

  const editor = useEditor({
    extensions: editorExtensions({
      placeholder: t("bodyPlaceholder"),
      imageNodeView: ReactNodeViewRenderer(ImageNodeView),
    }),
    content: options.initial.fields.body as Doc,
    editable: options.canEdit,
    immediatelyRender: false, // server-rendered page: mount the editor in the browser only
    editorProps: {
      attributes: {
        "aria-label": t("body"),
        role: "textbox",
        "aria-multiline": "true",
        // A body that cannot be edited looks it: shaded, like the other locked fields.
        class: `article-body font-serif min-h-[50vh] focus:outline-none py-4${options.canEdit ? "" : " rounded bg-stone-50 px-3 text-[var(--color-muted)]"}`,
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
  const autosave = useAutosave(options.articleId, options.initial.version, getFields);
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

  /** A change made by the person: saved about a second later. */
  const change = (patch: Partial<Fields>) => {
    fieldsRef.current = { ...fieldsRef.current, ...patch };
    setFields(fieldsRef.current);
    markChanged();
  };

  /**
   * Puts a whole copy on screen (a restored or someone else's version). `history: false`
   * keeps it out of the body's undo (a conversion is undone whole, not the body alone).
   */
  const load = (next: TArticleFields, { history = true }: { history?: boolean } = {}) => {
    fieldsRef.current = withoutBody(next);
    setFields(fieldsRef.current);
    editor
      ?.chain()
      .setMeta("addToHistory", history)
      .setContent(next.body as Doc, { emitUpdate: false })
      .run();
    setBodyDoc(next.body as Doc);
  };

  return { editor, images, autosave, fields, fieldsRef, bodyDoc, getFields, change, load };
}

export type ArticleEditorState = ReturnType<typeof useArticleEditor>;
