import "server-only";
import { db } from "@/lib/db";
import type { TMoveSection } from "@/lib/schemas/sections";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../auth/authorize";
import { findSectionOrThrow, lockSections, sectionChanged } from "./section-rules";

/**
 * Moves a section one place up or down in the newsroom's order, which is the reader's
 * navigation (`taxonomy.manage`). Positions are renumbered 0, 1, 2… as it goes, so older
 * rows that shared a position get a definite place. The first cannot go up nor the last
 * down: that is a no-op, not an error. NOT_FOUND for an unknown section.
 */
export async function moveSection(
  actor: Actor,
  input: TMoveSection,
  ip: string | null = null,
): Promise<{ position: number }> {
  await authorize(actor, "taxonomy.manage", {
    resourceType: "section",
    resourceId: input.sectionId,
    ip,
  });
  const position = await db.$transaction(async (tx) => {
    await lockSections(tx);
    await findSectionOrThrow(tx, input.sectionId);
    const order = await tx.section.findMany({
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, position: true },
    });
    const from = order.findIndex((row) => row.id === input.sectionId);
    const to = input.direction === "up" ? from - 1 : from + 1;
    const ids = order.map((row) => row.id);
    if (to >= 0 && to < ids.length) [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    // Only rows whose place changed are written.
    for (const [index, id] of ids.entries()) {
      if (order[index]?.id !== id || order[index]?.position !== index)
        await tx.section.update({ where: { id }, data: { position: index } });
    }
    return ids.indexOf(input.sectionId);
  });
  await sectionChanged(actor, input.sectionId, `move-${input.direction}`, ip, { position });
  return { position };
}
