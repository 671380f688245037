import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createArticle, createUser } from "@/prisma/factories";
import { addCorrection } from "../articles/add-correction";
import { transitionArticle } from "../articles/transition-article";
import { listNotifications } from "./inbox";

afterAll(() => db.$disconnect());

describe("notifications", () => {
  it("tell the reporter who scheduled, published, updated and corrected their story", async () => {
    const reporter = await createUser(db);
    const editor = await createUser(db, { role: "EDITOR", name: "李榕" });
    const actor = { id: editor.id, role: "EDITOR" as const };
    const article = await createArticle(db, {
      createdById: reporter.id,
      status: "APPROVED",
      bylineUserIds: [reporter.id],
    });
    let version = article.version;
    for (const [transition, extra] of [
      ["schedule", { scheduledAt: new Date(Date.now() + 3_600_000) }],
      ["cancel-schedule", {}],
      ["publish", {}],
      ["publish-update", {}],
    ] as const) {
      ({ version } = await transitionArticle({
        actor,
        articleId: article.id,
        transition,
        version,
        ...extra,
      }));
    }
    await addCorrection({
      actor,
      articleId: article.id,
      correction: { text: "日期更正。", correctedAt: new Date(Date.now() - 60_000) },
    });
    const inbox = await listNotifications(reporter.id);
    expect(inbox.map((item) => [item.kind, item.actorName, item.headline])).toEqual([
      ["CORRECTED", "李榕", article.headline],
      ["UPDATE_PUBLISHED", "李榕", article.headline],
      ["PUBLISHED", "李榕", article.headline],
      ["SCHEDULED", "李榕", article.headline],
    ]);
    expect(inbox[0]!.message).toBe("日期更正。");
    // The person who acted is not told about their own step.
    expect(
      await db.notification.count({ where: { userId: editor.id, articleId: article.id } }),
    ).toBe(0);
  });

  it("a refused correction tells nobody", async () => {
    const reporter = await createUser(db);
    const editor = await createUser(db, { role: "EDITOR" });
    const article = await createArticle(db, {
      createdById: reporter.id,
      status: "APPROVED",
      bylineUserIds: [reporter.id],
    });
    await transitionArticle({
      actor: { id: editor.id, role: "EDITOR" },
      articleId: article.id,
      transition: "publish",
      version: article.version,
    });
    await expect(
      addCorrection({
        actor: { id: editor.id, role: "EDITOR" },
        articleId: article.id,
        correction: { text: "  ", correctedAt: new Date() },
      }),
    ).rejects.toThrow();
    expect(
      await db.notification.count({ where: { articleId: article.id, kind: "CORRECTED" } }),
    ).toBe(0);
    expect(await db.correction.count({ where: { articleId: article.id } })).toBe(0);
  });
});
