"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { deleteMedia, updateMediaDetails } from "@/lib/server/media/library";
import { formArgument } from "@/lib/schemas/form-argument";

/** The library's own filters, kept across a save; anything else in `back` is dropped. */
const KEPT = ["q", "type", "from", "to", "after"];

/** Back to the library, at the card, with the result code the card turns into a sentence. */
function back(form: FormData, id: string, result: string): never {
  const query = typeof form.get("back") === "string" ? String(form.get("back")) : "";
  const sent = new URLSearchParams(query.startsWith("?") ? query.slice(1) : query);
  const params = new URLSearchParams();
  for (const name of KEPT) {
    const value = sent.get(name);
    if (value) params.set(name, value.slice(0, 200));
  }
  const item = id.slice(0, 64);
  params.set("item", item);
  params.set("result", result);
  redirect(`/newsroom/media?${params}#media-${encodeURIComponent(item)}`);
}

function resultOf(error: unknown): string {
  if (error instanceof AppError) {
    return typeof error.details?.reason === "string" ? error.details.reason : error.code;
  }
  throw error;
}

export async function updateMediaAction(form: FormData): Promise<void> {
  form = formArgument(form);
  const user = await requireUser();
  const id = String(form.get("id") ?? "");
  let result = "saved";
  try {
    await updateMediaDetails({ id: user.id, role: user.role }, id, {
      alt: String(form.get("alt") ?? ""),
      caption: String(form.get("caption") ?? ""),
      credit: String(form.get("credit") ?? ""),
    });
  } catch (error) {
    result = resultOf(error);
  }
  back(form, id, result);
}

export async function deleteMediaAction(form: FormData): Promise<void> {
  form = formArgument(form);
  const user = await requireUser();
  const id = String(form.get("id") ?? "");
  let result = "deleted";
  try {
    await deleteMedia({ id: user.id, role: user.role }, id);
  } catch (error) {
    result = resultOf(error);
  }
  back(form, id, result);
}

const ZDetails = z.strictObject({
  id: z.uuid(),
  alt: z.string().max(5000),
  caption: z.string().max(5000),
  credit: z.string().max(5000),
});

/** "Alt text", "Caption", "Credit" saved from the editor's featured-image picker. */
export async function saveMediaDetailsAction(
  input: z.input<typeof ZDetails>,
): Promise<{ ok: true } | { ok: false; code: string; field?: string }> {
  const parsed = ZDetails.safeParse(input);
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT" };
  const user = await requireUser();
  try {
    const { id, ...details } = parsed.data;
    await updateMediaDetails({ id: user.id, role: user.role }, id, details);
    return { ok: true };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const field = typeof error.details?.field === "string" ? error.details.field : undefined;
    return { ok: false, code: error.code, ...(field ? { field } : {}) };
  }
}
