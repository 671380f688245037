import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteContributor } from "../contributors/delete-contributor";
import { mergeContributor } from "../contributors/merge-contributor";
import { getLiveCoverage } from "../reader/live-updates";
import { pingLiveDesk } from "./live-desk";
import { add, coverage } from "./test-coverage";

afterAll(() => db.$disconnect());

describe("live coverage's pages, desk and credits", () => {
  it("pages older updates by keyset, twenty at a time", async () => {
    const { article, editor } = await coverage();
    const ids: string[] = [];
    for (let index = 0; index < 23; index += 1)
      ids.push((await add(editor, article.id, `第 ${index} 則`)).id);
    const first = await getLiveCoverage(article.id);
    expect(first.updates).toHaveLength(20);
    expect(first.updates[0]?.id).toBe(ids[22]);
    expect(first.olderCursor).toBe(ids[3]);
    const second = await getLiveCoverage(article.id, first.olderCursor!);
    expect(second.updates.map((update) => update.id)).toEqual([ids[2], ids[1], ids[0]]);
    expect(second.olderCursor).toBeNull();
    expect(second.isNewest).toBe(false);
  });

  it("says who else is writing an update", async () => {
    const { article, editor, reporter } = await coverage();
    await pingLiveDesk(reporter, article.id, true);
    expect((await pingLiveDesk(editor, article.id, false)).writers).toHaveLength(1);
    await pingLiveDesk(reporter, article.id, false);
    expect((await pingLiveDesk(editor, article.id, false)).writers).toEqual([]);
  });

  it("keeps an update's credit when its contributor is merged, and refuses to delete one credited", async () => {
    const { article, editor } = await coverage();
    const guest = await db.contributor.create({
      data: { name: "特約", slug: `guest-${editor.id}` },
    });
    const kept = await db.contributor.create({
      data: { name: "特約記者", slug: `kept-${editor.id}` },
    });
    await db.byline.create({
      data: { articleId: article.id, contributorId: guest.id, role: "WRITER", position: 5 },
    });
    const { id } = await add(editor, article.id, "特約記者發回現場消息。", {
      authorIds: [guest.id],
    });
    await db.byline.deleteMany({ where: { contributorId: guest.id } });
    await expect(deleteContributor(editor, { contributorId: guest.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await mergeContributor(editor, { contributorId: guest.id, targetSlug: kept.slug });
    const credits = await db.liveUpdateAuthor.findMany({ where: { updateId: id } });
    expect(credits.map((credit) => credit.contributorId)).toEqual([kept.id]);
  });
});
