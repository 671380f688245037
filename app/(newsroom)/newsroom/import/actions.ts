"use server";

import { AppError } from "@/lib/errors";
import { ZImportCreate, ZImportPreview } from "@/lib/schemas/import";
import { formStateAction } from "@/lib/server/actions/define-action";
import {
  importArticle,
  previewImport,
  type ImportSource,
} from "@/lib/server/articles/import-article";

/** The file when one was chosen: .docx through Word's format, .html as HTML, anything else as UTF-8 text. */
async function readSource(text: string, file: File | undefined): Promise<ImportSource | null> {
  if (file && file.size > 0) {
    const name = file.name.toLowerCase();
    const data = Buffer.from(await file.arrayBuffer());
    if (name.endsWith(".docx")) return { kind: "docx", data };
    if (name.endsWith(".html") || name.endsWith(".htm"))
      return { kind: "html", html: data.toString("utf8") };
    return { kind: "text", text: data.toString("utf8") };
  }
  return text.trim() ? { kind: "text", text } : null;
}

export const previewImportAction = formStateAction({
  input: ZImportPreview,
  details: ["reason"],
  run: async ({ text, file, annotations }, { actor }) => {
    const source = await readSource(text, file);
    if (!source)
      throw new AppError("INVALID_INPUT", "Paste some text or choose a file first.", {
        reason: "importEmpty",
      });
    return { ...(await previewImport(actor, source, annotations)), mode: annotations };
  },
});

/** "Create draft" from what the preview read, then its editor. */
export const createImportAction = formStateAction({
  input: ZImportCreate,
  run: ({ sourceKind, sourceContent, annotations, headline, dek }, { actor }) => {
    const source: ImportSource =
      sourceKind === "text"
        ? { kind: "text", text: sourceContent }
        : { kind: "html", html: sourceContent };
    return importArticle(actor, { source, annotations, headline, dek });
  },
  redirectOnSuccess: ({ id }) => `/newsroom/articles/${id}`,
});
