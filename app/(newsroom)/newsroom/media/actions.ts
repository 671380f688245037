"use server";

import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { deleteMedia, updateMediaDetails } from "@/lib/server/media/library";

/** Back to the library, at the card, with the result code the card turns into a sentence. */
function back(form: FormData, id: string, result: string): never {
  const query = typeof form.get("back") === "string" ? String(form.get("back")) : "";
  const params = new URLSearchParams(query.startsWith("?") ? query.slice(1) : query);
  params.set("item", id);
  params.set("result", result);
  redirect(`/newsroom/media?${params}#media-${id}`);
}

function resultOf(error: unknown): string {
  if (error instanceof AppError) {
    return typeof error.details?.reason === "string" ? error.details.reason : error.code;
  }
  throw error;
}

export async function updateMediaAction(form: FormData): Promise<void> {
  const user = await requireActor();
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
  const user = await requireActor();
  const id = String(form.get("id") ?? "");
  let result = "deleted";
  try {
    await deleteMedia({ id: user.id, role: user.role }, id);
  } catch (error) {
    result = resultOf(error);
  }
  back(form, id, result);
}
