/**
 * The damage check's count: suspected damage (lib/content/text-damage.ts) in the body's
 * plain text, as the import form points it out. Its own module so the editor can load it
 * only for a section whose checklist has the damage check.
 */
import { docToPlainText, type Doc } from "./doc";
import { findTextDamage } from "./text-damage";

/** Damage spots in a Tiptap body; a body that is not a document has none to find. */
export function countBodyDamage(body: unknown): number {
  const content = (body as { content?: unknown } | null)?.content;
  if (!Array.isArray(content)) return 0;
  try {
    return findTextDamage(docToPlainText(body as Doc)).length;
  } catch {
    return 0;
  }
}
