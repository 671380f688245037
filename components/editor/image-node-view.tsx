"use client";

import { NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { IMAGE_LIMITS } from "@/lib/content/image-node";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { previewUrl, useEditorMedia } from "./editor-media";

/**
 * An image block in the editor: the photo, and its caption, credit and alt text as fields
 * with visible labels. The fields change the node's attributes (so they are saved with the
 * body and undone with it); the photo itself comes from the media library by id.
 */
export function ImageNodeView({
  node,
  updateAttributes,
  deleteNode,
  editor,
  selected,
}: ReactNodeViewProps) {
  const t = useTranslations("editor.image");
  const id = useId();
  const attrs = node.attrs as {
    mediaId: string;
    alt: string;
    caption: string | null;
    credit: string | null;
  };
  const media = useEditorMedia(attrs.mediaId);
  const editable = editor.isEditable;
  const text = (name: "caption" | "credit", value: string) =>
    updateAttributes({ [name]: value === "" ? null : value });

  return (
    <NodeViewWrapper
      as="figure"
      role="group"
      aria-label={attrs.caption || t("region")}
      data-media-id={attrs.mediaId}
      className={`article-image my-6 rounded border p-2 font-sans ${
        selected ? "border-[var(--color-accent)]" : "border-[var(--color-rule)]"
      }`}
    >
      <div contentEditable={false} className="space-y-2">
        {media ? (
          // eslint-disable-next-line @next/next/no-img-element -- library URLs, sized by the column
          <img
            src={previewUrl(media)}
            width={media.width}
            height={media.height}
            alt={attrs.alt || media.alt || ""}
            className="block h-auto w-full"
            style={
              media.placeholder
                ? {
                    backgroundImage: `url(${JSON.stringify(media.placeholder)})`,
                    backgroundSize: "cover",
                  }
                : undefined
            }
          />
        ) : (
          <p className="rounded bg-[var(--color-rule)] p-4 text-sm">{t("missing")}</p>
        )}
        <TextField
          id={`${id}-caption`}
          label={t("caption")}
          value={attrs.caption ?? ""}
          maxLength={IMAGE_LIMITS.caption}
          disabled={!editable}
          onChange={(event) => text("caption", event.target.value)}
        />
        <div className="grid gap-2 sm:grid-cols-2">
          <TextField
            id={`${id}-credit`}
            label={t("credit")}
            value={attrs.credit ?? ""}
            maxLength={IMAGE_LIMITS.credit}
            disabled={!editable}
            onChange={(event) => text("credit", event.target.value)}
          />
          <TextField
            id={`${id}-alt`}
            label={t("alt")}
            hint={t("altHint")}
            value={attrs.alt}
            maxLength={IMAGE_LIMITS.alt}
            disabled={!editable}
            placeholder={media?.alt ?? ""}
            onChange={(event) => updateAttributes({ alt: event.target.value })}
          />
        </div>
        {editable && (
          <div className="flex justify-end">
            <Button size="xs" onClick={() => deleteNode()}>
              {t("remove")}
            </Button>
          </div>
        )}
      </div>
    </NodeViewWrapper>
  );
}
