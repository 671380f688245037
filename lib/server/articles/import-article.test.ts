import fs from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/prisma/factories";
import { importArticle, previewImport } from "./import-article";

afterAll(() => db.$disconnect());
const sample = fs.readFileSync("prisma/sample/dezhou-daily-2020-02-12.txt", "utf8");

describe("importArticle", () => {
  it("imports the sample as a draft with three bylines and ruby, pointing out the damage", async () => {
    const reporter = await createUser(db);
    const actor = { id: reporter.id, role: "REPORTER" as const };
    const preview = await previewImport(actor, { kind: "text", text: sample }, "ruby");
    expect(preview).toMatchObject({
      headline: "市新冠肺炎疫情防控工作領導小組召開會議",
      paragraphs: 9,
      language: "zh-Hant",
    });
    expect(preview.damage.length).toBeGreaterThanOrEqual(3);
    const { id } = await importArticle(actor, {
      source: { kind: "text", text: sample },
      annotations: "ruby",
    });
    const article = await db.article.findUniqueOrThrow({
      where: { id },
      include: {
        bylines: { include: { contributor: true }, orderBy: { position: "asc" } },
        revisions: true,
      },
    });
    expect(article.status).toBe("DRAFT");
    expect(article.bylines.map((b) => [b.role, b.contributor.kind])).toEqual([
      ["PRODUCER", "ORGANIZATION"],
      ["REPORTER", "PERSON"],
      ["EDITOR", "PERSON"],
    ]);
    expect((JSON.stringify(article.body).match(/"type":"ruby"/g) ?? []).length).toBe(291);
    expect(article.revisions.map((r) => r.kind)).toEqual(["IMPORT"]);
  });

  it("removes or keeps annotations as chosen, and reads HTML through the editor's schema", async () => {
    const reporter = await createUser(db);
    const actor = { id: reporter.id, role: "REPORTER" as const };
    const removed = await importArticle(actor, {
      source: { kind: "text", text: "領(lǐng)導(dǎo)小組召開會議。" },
      annotations: "remove",
    });
    expect(
      JSON.stringify((await db.article.findUniqueOrThrow({ where: { id: removed.id } })).body),
    ).toContain("領導小組召開會議。");
    const html = `<html><body><p style="color:red" class="x">第一段<script>alert(1)</script><b>粗體</b></p><p>記者｜王賀</p></body></html>`;
    const fromHtml = await importArticle(actor, {
      source: { kind: "html", html },
      annotations: "ruby",
    });
    const article = await db.article.findUniqueOrThrow({
      where: { id: fromHtml.id },
      include: { bylines: true },
    });
    expect(JSON.stringify(article.body)).not.toMatch(/script|style|color/);
    expect(JSON.stringify(article.body)).toContain('"bold"');
    expect(article.bylines).toHaveLength(1);
  });
});
