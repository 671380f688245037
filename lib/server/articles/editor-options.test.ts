import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createSection } from "@/lib/testing/publish-story";
import { getEditorOptions } from "./get-article-for-edit";

describe("the editor's section choices", () => {
  it("offers no archived section for a new choice, but keeps the story's own; filters name them all", async () => {
    const open = await createSection(db, "本地");
    const archived = await createSection(db, "舊欄目");
    await db.section.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    const ids = (options: Awaited<ReturnType<typeof getEditorOptions>>) =>
      options.sections.map((section) => section.id);

    const fresh = ids(await getEditorOptions());
    expect(fresh).toContain(open.id);
    expect(fresh).not.toContain(archived.id);
    expect(ids(await getEditorOptions({ keepSectionId: archived.id }))).toContain(archived.id);
    expect(ids(await getEditorOptions({ listing: true }))).toContain(archived.id);
  });
});
