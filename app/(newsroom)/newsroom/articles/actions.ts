"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { clientIp, getCurrentUser, requireActor, requireUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { convertArticleScript } from "@/lib/server/articles/convert-script";
import { createContributor } from "@/lib/server/contributors/create-contributor";
import { createArticle } from "@/lib/server/articles/create-article";
import { suggestSlug } from "@/lib/server/articles/suggest-slug";

export async function createArticleAction(): Promise<void> {
  const user = await requireUser();
  const { id } = await createArticle({ id: user.id, role: user.role, name: user.name });
  redirect(`/newsroom/articles/${id}`);
}

const ZSuggest = z.object({ headline: z.string().max(300), articleId: z.uuid() });

/** The slug the headline suggests, or "" when it cannot be asked (signed out, bad input). */
export async function suggestSlugAction(headline: string, articleId: string): Promise<string> {
  const parsed = ZSuggest.safeParse({ headline, articleId });
  if (!parsed.success || !(await getCurrentUser())) return "";
  return suggestSlug(parsed.data.headline, parsed.data.articleId);
}

const ZConvert = z.strictObject({
  articleId: z.uuid(),
  to: z.enum(["hans", "hant"]),
  baseVersion: z.number().int().min(1),
});

/** Converts the working copy's script; answers the new version or an error code (e.g. CONFLICT). */
export async function convertScriptAction(input: {
  articleId: string;
  to: "hans" | "hant";
  baseVersion: number;
}): Promise<{ ok: true; version: number } | { ok: false; code: string }> {
  const parsed = ZConvert.safeParse(input);
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT" };
  try {
    const user = await requireActor();
    const result = await convertArticleScript(
      { id: user.id, role: user.role },
      parsed.data.articleId,
      parsed.data,
      await clientIp(),
    );
    return { ok: true, version: result.version };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: error.code };
    throw error;
  }
}

const ZContributor = z.strictObject({
  name: z.string().trim().min(1).max(100),
  kind: z.enum(["PERSON", "ORGANIZATION"]),
});

/** "Add contributor" inside the bylines editor. */
export async function createContributorAction(input: {
  name: string;
  kind: "PERSON" | "ORGANIZATION";
}): Promise<
  | { ok: true; contributor: { id: string; name: string; kind: string } }
  | { ok: false; code: string }
> {
  const parsed = ZContributor.safeParse(input);
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT" };
  try {
    const user = await requireActor();
    return {
      ok: true,
      contributor: await createContributor({ id: user.id, role: user.role }, parsed.data),
    };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: error.code };
    throw error;
  }
}
