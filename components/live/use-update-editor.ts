"use client";

import { ReactNodeViewRenderer, useEditor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { Doc } from "@/lib/content/doc";
import { editorExtensions } from "@/lib/content/editor-extensions";
import type { EditorMedia } from "@/components/editor/editor-media";
import { ImageNodeView } from "@/components/editor/image-node-view";
import {
  imageDropProps,
  useImageUpload,
  type ImageUpload,
} from "@/components/editor/use-image-upload";

/**
 * The editor for one live update: the article body's own schema and extensions (so the
 * server's validation and rendering are the body's), images by button, drop or paste,
 * and undo. Not co-edited: an update is one person's short entry, saved as a whole.
 */
export function useUpdateEditor(options: { initial?: Doc; media?: EditorMedia[]; label: string }) {
  const t = useTranslations("live.desk");
  const dropTargetRef = useRef<ImageUpload["upload"] | null>(null);
  const [isEmpty, setEmpty] = useState(true);
  const editor = useEditor({
    extensions: editorExtensions({
      placeholder: t("placeholder"),
      imageNodeView: ReactNodeViewRenderer(ImageNodeView),
    }),
    content: options.initial ?? { type: "doc", content: [{ type: "paragraph" }] },
    immediatelyRender: false,
    editorProps: {
      attributes: {
        "aria-label": options.label,
        role: "textbox",
        "aria-multiline": "true",
        class:
          "article-body font-serif min-h-32 rounded border border-[var(--color-rule)] bg-white px-3 py-2 focus:outline-none focus:ring-2 focus:ring-[var(--color-accent)]",
      },
      // The handlers read the ref when a file is dropped or pasted, never while rendering.
      // eslint-disable-next-line react-hooks/refs
      ...imageDropProps(dropTargetRef),
    },
  });
  const images = useImageUpload(editor, {
    initial: options.media,
    canEdit: true,
    dropTargetRef,
  });
  useEffect(() => {
    if (!editor) return;
    const onUpdate = () => setEmpty(editor.isEmpty);
    onUpdate();
    editor.on("update", onUpdate);
    return () => void editor.off("update", onUpdate);
  }, [editor]);
  return { editor, images, isEmpty };
}
