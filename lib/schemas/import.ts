import { z } from "./zod";

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const ZAnnotationMode = z.enum(["ruby", "remove", "keep"]);
export type AnnotationMode = z.infer<typeof ZAnnotationMode>;

/** "Preview": pasted text or a chosen file (a file wins when one was chosen). */
export const ZImportPreview = z.strictObject({
  text: z.string().max(MAX_IMPORT_BYTES, "The text is larger than 5 MB.").default(""),
  file: z
    .instanceof(File)
    .refine((file) => file.size <= MAX_IMPORT_BYTES, "The file is larger than 5 MB.")
    .optional(),
  annotations: ZAnnotationMode.catch("ruby"),
});

/** "Create draft": the source the preview read (text, or HTML for .html and .docx), sent back. */
export const ZImportCreate = z.strictObject({
  sourceKind: z.enum(["text", "html"]),
  sourceContent: z.string().min(1).max(MAX_IMPORT_BYTES),
  annotations: ZAnnotationMode,
  headline: z.string().max(300).default(""),
  /** The dek line the preview took out of the body (edited or emptied). */
  dek: z.string().max(1000).default(""),
});
