"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireActor } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import {
  importArticle,
  MAX_IMPORT_BYTES,
  previewImport,
  type ImportPreview,
  type ImportSource,
} from "@/lib/server/articles/import-article";
import { formArgument } from "@/lib/schemas/form-argument";

type Mode = "ruby" | "remove" | "keep";
export type ImportState = { ok?: boolean; code?: string; preview?: ImportPreview & { mode: Mode } };

const ZMode = z.enum(["ruby", "remove", "keep"]);

/** The text field, or the file: .docx through Word's format, .html as HTML, anything else as UTF-8 text. */
async function readSource(formData: FormData): Promise<ImportSource | null> {
  const file = formData.get("file");
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_IMPORT_BYTES)
      throw new AppError("INVALID_INPUT", "The file is larger than 5 MB.");
    const name = file.name.toLowerCase();
    const data = Buffer.from(await file.arrayBuffer());
    if (name.endsWith(".docx")) return { kind: "docx", data };
    if (name.endsWith(".html") || name.endsWith(".htm"))
      return { kind: "html", html: data.toString("utf8") };
    return { kind: "text", text: data.toString("utf8") };
  }
  const text = String(formData.get("text") ?? "");
  if (text.length > MAX_IMPORT_BYTES)
    throw new AppError("INVALID_INPUT", "The text is larger than 5 MB.");
  return text.trim() ? { kind: "text", text } : null;
}

export async function previewImportAction(
  _state: ImportState,
  formData: FormData,
): Promise<ImportState> {
  formData = formArgument(formData);
  try {
    const user = await requireActor();
    const source = await readSource(formData);
    if (!source) return { ok: false, code: "importEmpty" };
    const mode = ZMode.catch("ruby").parse(formData.get("annotations"));
    return {
      ok: true,
      preview: { ...(await previewImport({ id: user.id, role: user.role }, source, mode)), mode },
    };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: error.code };
    throw error;
  }
}

// The create step gets back the source the preview read (text, or HTML for .html and .docx).
const ZCreate = z.strictObject({
  kind: z.enum(["text", "html"]),
  content: z.string().min(1).max(MAX_IMPORT_BYTES),
  annotations: ZMode,
  headline: z.string().max(300),
  dek: z.string().max(1000),
});

export async function createImportAction(
  _state: ImportState,
  formData: FormData,
): Promise<ImportState> {
  formData = formArgument(formData);
  let id: string;
  try {
    const user = await requireActor();
    const parsed = ZCreate.safeParse({
      kind: formData.get("sourceKind"),
      content: formData.get("sourceContent"),
      annotations: formData.get("annotations"),
      headline: formData.get("headline") ?? "",
      dek: formData.get("dek") ?? "",
    });
    if (!parsed.success) return { ok: false, code: "importEmpty" };
    const { kind, content, annotations, headline, dek } = parsed.data;
    const source: ImportSource =
      kind === "text" ? { kind: "text", text: content } : { kind: "html", html: content };
    ({ id } = await importArticle(
      { id: user.id, role: user.role },
      { source, annotations, headline, dek },
    ));
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: error.code };
    throw error;
  }
  redirect(`/newsroom/articles/${id}`);
}
