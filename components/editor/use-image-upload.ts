"use client";

import type { EditorView } from "@tiptap/pm/view";
import type { Editor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { uploadImageFile, type EditorMedia } from "./editor-media";

export type ImageUpload = {
  /** The images the editor knows, by lowercase id (the article's own, recent, uploaded here). */
  media: ReadonlyMap<string, EditorMedia>;
  /** Uploads the files one by one and inserts each image at `position` (else the selection). */
  upload: (files: readonly File[], position?: number) => Promise<void>;
  /** "Uploading photo.jpg…" while a file is on its way. */
  status: string | null;
  /** The last refusal, in words (the server's sentence), until the next upload. */
  error: string | null;
};

/**
 * Upload by button, drop or paste: each file goes to the media library, and once it is
 * there its image is inserted into the body with the library's alt text, caption and credit
 * (read from the photo's EXIF where present) as this use's starting values.
 */
export function useImageUpload(
  editor: Editor | null,
  options: {
    initial: EditorMedia[] | undefined;
    canEdit: boolean;
    /** Where the editor's drop and paste handlers (imageDropProps) find the upload. */
    dropTargetRef: RefObject<UploadFn | null>;
  },
): ImageUpload {
  const t = useTranslations("editor.image");
  const [media, setMedia] = useState<ReadonlyMap<string, EditorMedia>>(
    () => new Map((options.initial ?? []).map((item) => [item.id.toLowerCase(), item])),
  );
  const onUploaded = useCallback(
    (item: EditorMedia) => setMedia((current) => new Map(current).set(item.id.toLowerCase(), item)),
    [],
  );
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // An upload outlives renders (it awaits the network): it inserts into the editor of now.
  const editorRef = useRef(editor);
  useEffect(() => {
    editorRef.current = editor;
  }, [editor]);

  const upload = useCallback(
    async (files: readonly File[], position?: number) => {
      setError(null);
      let at = position;
      for (const file of files) {
        setStatus(t("uploading", { name: file.name }));
        const outcome = await uploadImageFile(file);
        if (!outcome.ok) {
          setStatus(null);
          setError(outcome.message ?? t("networkError"));
          return;
        }
        const { media } = outcome;
        onUploaded(media);
        const current = editorRef.current;
        if (current && !current.isDestroyed) {
          const attrs = {
            mediaId: media.id,
            alt: media.alt ?? "",
            caption: media.caption,
            credit: media.credit,
          };
          const chain = at === undefined ? current.chain().focus() : current.chain();
          chain.insertImage(attrs, at).run();
          // Several dropped files land one after another, not in reverse order.
          if (at !== undefined) at = current.state.selection.to;
        }
      }
      setStatus(null);
    },
    [t, onUploaded],
  );

  const { dropTargetRef, canEdit } = options;
  useEffect(() => {
    dropTargetRef.current = canEdit ? upload : null;
  }, [dropTargetRef, canEdit, upload]);

  return { media, upload, status, error };
}

type UploadFn = ImageUpload["upload"];

/**
 * ProseMirror props for files dropped or pasted into the body; `target` holds the upload
 * (null where the person may not edit). A drop inserts where it lands. A paste uploads only
 * when the clipboard holds image files and no text: Word and spreadsheets put a picture of
 * the copied text beside the text itself, and the text is what was meant.
 */
export function imageDropProps(target: RefObject<UploadFn | null>) {
  return {
    handleDrop: (view: EditorView, event: DragEvent, _slice: unknown, moved: boolean) => {
      const files = Array.from(event.dataTransfer?.files ?? []);
      const upload = target.current;
      if (moved || files.length === 0 || !upload) return false;
      event.preventDefault();
      void upload(files, view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos);
      return true;
    },
    handlePaste: (_view: EditorView, event: ClipboardEvent) => {
      const data = event.clipboardData;
      const files = Array.from(data?.files ?? []).filter((file) => file.type.startsWith("image/"));
      const upload = target.current;
      if (files.length === 0 || !upload || (data?.getData("text/plain") ?? "") !== "") return false;
      event.preventDefault();
      void upload(files);
      return true;
    },
  };
}
