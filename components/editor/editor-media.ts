"use client";

import { createContext, useContext } from "react";
import type { ImageMedia } from "@/lib/content/image-html";

/**
 * An image of the media library as the editor shows it: the server's MediaView
 * (lib/server/media/media-view.ts) has all of these fields, so views pass straight in.
 */
export type EditorMedia = ImageMedia & {
  caption: string | null;
  credit: string | null;
  createdAt: string;
  /** The uploaded file's name, when known. */
  fileName?: string | null;
  /** Who uploaded it (the editor's page sends it; a fresh upload is the person's own). */
  uploadedBy?: string | null;
  /** Whether this person may change its alt text, caption and credit (uploader or editor). */
  canManage?: boolean;
};

/** The images the editor knows, by lowercase id: the article's own, recent uploads, new ones. */
export const EditorMediaContext = createContext<ReadonlyMap<string, EditorMedia>>(new Map());

export function useEditorMedia(id: unknown): EditorMedia | undefined {
  const media = useContext(EditorMediaContext);
  return typeof id === "string" ? media.get(id.toLowerCase()) : undefined;
}

/** A small variant for a thumbnail: the narrowest WebP (else JPEG) at least 320 px wide, else the original. */
export function thumbnailUrl(media: ImageMedia): string {
  for (const format of ["webp", "jpeg"]) {
    const fit = media.variants
      .filter((variant) => variant.format === format && variant.width >= 320)
      .sort((a, b) => a.width - b.width)[0];
    if (fit) return fit.url;
  }
  return media.url;
}

/** A width the editor column needs: the WebP (else JPEG) variant nearest 960 px, else the original. */
export function previewUrl(media: ImageMedia): string {
  for (const format of ["webp", "jpeg"]) {
    const candidates = media.variants.filter((variant) => variant.format === format);
    const best = candidates.reduce<(typeof candidates)[number] | undefined>(
      (found, variant) =>
        !found || Math.abs(variant.width - 960) < Math.abs(found.width - 960) ? variant : found,
      undefined,
    );
    if (best) return best.url;
  }
  return media.url;
}

export type UploadOutcome =
  { ok: true; media: EditorMedia } | { ok: false; message: string | null };

/**
 * One file to the media library: POST /api/v1/media, multipart field "file". The browser
 * sends the Origin header itself, which the route checks. A refusal comes back as the
 * server's sentence (`message`); a network failure or an answer without one as null, for
 * the caller's own wording. Never a stack trace.
 */
export async function uploadImageFile(file: File): Promise<UploadOutcome> {
  const form = new FormData();
  form.append("file", file, file.name);
  let response: Response;
  try {
    response = await fetch("/api/v1/media", {
      method: "POST",
      body: form,
      credentials: "same-origin",
    });
  } catch {
    return { ok: false, message: null };
  }
  const payload = (await response.json().catch(() => ({}))) as {
    media?: EditorMedia;
    message?: unknown;
  };
  if (response.ok && payload.media && typeof payload.media.id === "string") {
    return { ok: true, media: payload.media };
  }
  return { ok: false, message: typeof payload.message === "string" ? payload.message : null };
}
