import "server-only";
import mammoth from "mammoth";
import type { AnnotationMode } from "@/lib/content/annotations";
import { findAnnotations } from "@/lib/content/annotations";
import { countText } from "@/lib/content/count";
import { docToPlainText } from "@/lib/content/doc";
import { htmlToImported } from "@/lib/content/html-to-doc";
import { textToDoc, type ImportedText } from "@/lib/content/plain-text";
import { toSimplified } from "@/lib/content/script-convert";
import { slugify, uniqueSlug } from "@/lib/content/slug";
import { validateDoc } from "@/lib/content/validate-doc";
import { emptyArticleFields } from "@/lib/schemas/article";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../auth/authorize";
import { LANGUAGE_TO_DB } from "./article-editing";

export type ImportSource =
  { kind: "text"; text: string } | { kind: "html"; html: string } | { kind: "docx"; data: Buffer };

export { MAX_IMPORT_BYTES } from "@/lib/schemas/import";

/** Word documents become HTML first; the preview hands that text back for the create step. */
async function normalise(
  source: ImportSource,
): Promise<{ kind: "text" | "html"; content: string }> {
  if (source.kind === "text") return { kind: "text", content: source.text };
  if (source.kind === "html") return { kind: "html", content: source.html };
  try {
    return { kind: "html", content: (await mammoth.convertToHtml({ buffer: source.data })).value };
  } catch {
    throw new AppError(
      "INVALID_INPUT",
      "That file is not a Word document Galley can read (.docx).",
    );
  }
}

async function parse(
  source: ImportSource,
  annotations: AnnotationMode,
): Promise<ImportedText & { rawText: string }> {
  const { kind, content } = await normalise(source);
  if (kind === "text") return { ...textToDoc(content, { annotations }), rawText: content };
  const imported = htmlToImported(content, { annotations });
  return {
    ...imported,
    rawText: docToPlainText(htmlToImported(content, { annotations: "keep" }).doc),
  };
}

function detectLanguage(text: string): "zh-Hant" | "zh-Hans" | "en" {
  const count = countText(text);
  if (count.han < count.words) return "en";
  return toSimplified(text) === text ? "zh-Hans" : "zh-Hant";
}

/** How many of the body's first paragraphs the preview shows. */
const PREVIEW_PARAGRAPHS = 3;

export type ImportPreview = {
  headline: string;
  /** A dek line found under the headline line, else null. */
  dek: string | null;
  /** The body's first paragraphs as text: the headline line is not among them. */
  bodyStart: string[];
  language: "zh-Hant" | "zh-Hans" | "en";
  paragraphs: number;
  annotations: number;
  credits: Array<{ name: string; role: string; kind: string }>;
  damage: Array<{ kind: string; excerpt: string; reading?: string }>;
  /** The source as text or HTML, for the "Create draft" step (files are read once). */
  source: { kind: "text" | "html"; content: string };
};

/** What an import would make, for the person to check before the draft is created. */
export async function previewImport(
  actor: Actor,
  source: ImportSource,
  annotations: AnnotationMode,
): Promise<ImportPreview> {
  await authorize(actor, "article.create", { resourceType: "article" });
  const imported = await parse(source, annotations);
  return {
    source: await normalise(source),
    headline: imported.suggestedHeadline,
    dek: imported.dek,
    bodyStart: imported.doc.content
      .slice(0, PREVIEW_PARAGRAPHS)
      .map((block) => docToPlainText({ type: "doc", content: [block] }))
      .filter((text) => text.trim() !== ""),
    language: detectLanguage(imported.rawText),
    paragraphs: imported.doc.content.length,
    annotations: findAnnotations(imported.rawText).length,
    credits: imported.credits.map(({ name, role, kind }) => ({ name, role, kind })),
    damage: imported.damage.map(({ kind, excerpt, reading }) => ({
      kind,
      excerpt,
      ...(reading ? { reading } : {}),
    })),
  };
}

/** Creates the draft: body in the editor's schema, credits as bylines (contributors found by name or created). */
export async function importArticle(
  actor: Actor,
  input: { source: ImportSource; annotations: AnnotationMode; headline?: string; dek?: string },
): Promise<{ id: string; damage: number }> {
  await authorize(actor, "article.create", { resourceType: "article" });
  const imported = await parse(input.source, input.annotations);
  const checked = validateDoc(imported.doc);
  if (!checked.ok) throw new AppError("INVALID_INPUT", checked.message);
  const headline = (input.headline?.trim() || imported.suggestedHeadline).slice(0, 300);
  const dek =
    (input.dek === undefined ? imported.dek : input.dek.trim() || null)?.slice(0, 1000) ?? null;
  const slug = await uniqueSlug(slugify(headline || "article"), async (s) =>
    Boolean(await db.article.findUnique({ where: { slug: s }, select: { id: true } })),
  );

  const contributorIds: string[] = [];
  for (const credit of imported.credits) {
    const existing = await db.contributor.findFirst({
      where: { name: credit.name },
      select: { id: true },
    });
    const id =
      existing?.id ??
      (
        await db.contributor.create({
          data: {
            name: credit.name,
            kind: credit.kind,
            slug: await uniqueSlug(slugify(credit.name), async (s) =>
              Boolean(
                await db.contributor.findUnique({ where: { slug: s }, select: { id: true } }),
              ),
            ),
          },
        })
      ).id;
    contributorIds.push(id);
  }
  const bylines = imported.credits
    .map((credit, position) => ({
      contributorId: contributorIds[position]!,
      role: credit.role,
      position,
    }))
    .filter(
      (byline, index, all) =>
        all.findIndex((b) => b.contributorId === byline.contributorId && b.role === byline.role) ===
        index,
    );

  const body = checked.doc as unknown as Prisma.InputJsonValue;
  const language = detectLanguage(imported.rawText);
  const article = await db.$transaction(async (tx) => {
    const created = await tx.article.create({
      data: {
        headline,
        dek,
        slug,
        body,
        language: LANGUAGE_TO_DB[language],
        createdById: actor.id,
        bylines: { create: bylines },
      },
    });
    await tx.workflowEvent.create({
      data: {
        articleId: created.id,
        fromStatus: null,
        toStatus: "DRAFT",
        actorId: actor.id,
        note: "Imported",
      },
    });
    await tx.revision.create({
      data: {
        articleId: created.id,
        version: created.version,
        kind: "IMPORT",
        reason: `Imported (annotations: ${input.annotations})`,
        authorId: actor.id,
        snapshot: emptyArticleFields({
          headline,
          dek,
          slug,
          language,
          bylines: bylines.map(({ contributorId, role }) => ({ contributorId, role })),
          body,
        }) as Prisma.InputJsonValue,
      },
    });
    return created;
  });
  return { id: article.id, damage: imported.damage.length };
}
