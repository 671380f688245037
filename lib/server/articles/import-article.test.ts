import fs from "node:fs";
import JSZip from "jszip";
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

/** A minimal Word document: one <w:p> per line. */
async function docxOf(lines: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  const paragraphs = lines.map((line) => `<w:p><w:r><w:t>${line}</w:t></w:r></w:p>`).join("");
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("a headline on the first line", () => {
  const headline = "德州部署疫情防控和復工復產";
  const dek = "市委書記李猛主持會議並講話";
  const firstParagraph = sample.split("\n")[0]!.trim();

  it("becomes the headline, not also the body's first paragraph (.txt, .html, .docx)", async () => {
    const reporter = await createUser(db);
    const actor = { id: reporter.id, role: "REPORTER" as const };
    const sources = [
      { kind: "text" as const, text: `${headline}\n\n${sample}` },
      { kind: "text" as const, text: `${headline}\n${sample}` },
      {
        kind: "html" as const,
        html: `<h1>${headline}</h1>${sample
          .split("\n")
          .filter((line) => line.trim())
          .map((line) => `<p>${line}</p>`)
          .join("")}`,
      },
      { kind: "docx" as const, data: await docxOf([headline, "", ...sample.split("\n")]) },
    ];
    for (const source of sources) {
      const preview = await previewImport(actor, source, "remove");
      expect(preview.headline, source.kind).toBe(headline);
      expect(preview.dek).toBeNull();
      expect(preview.bodyStart[0]).not.toContain(headline);
      expect(preview.bodyStart[0]).toContain("市新冠肺炎疫情防控工作領導小組召開會議");
      const { id } = await importArticle(actor, { source, annotations: "remove" });
      const article = await db.article.findUniqueOrThrow({ where: { id } });
      expect(article.headline).toBe(headline);
      const body = JSON.stringify(article.body);
      expect(body, source.kind).not.toContain(headline);
      expect(body).toContain("市新冠肺炎疫情防控工作領導小組召開會議");
    }
    expect(firstParagraph).toMatch(/。$/);
  });

  it("takes a dek line under the headline into the dek, and leaves running text alone", async () => {
    const reporter = await createUser(db);
    const actor = { id: reporter.id, role: "REPORTER" as const };
    const text = `${headline}\n${dek}\n\n${sample}`;
    const preview = await previewImport(actor, { kind: "text", text }, "ruby");
    expect(preview).toMatchObject({ headline, dek });
    const { id } = await importArticle(actor, {
      source: { kind: "text", text },
      annotations: "ruby",
    });
    const article = await db.article.findUniqueOrThrow({ where: { id } });
    expect(article.dek).toBe(dek);
    expect(JSON.stringify(article.body)).not.toContain(dek);
    // The sample itself opens with a paragraph: nothing is taken out of it.
    const plain = await previewImport(actor, { kind: "text", text: sample }, "ruby");
    expect(plain.dek).toBeNull();
    expect(plain.paragraphs).toBe(9);
    // A one-line paste stays body.
    const one = await previewImport(actor, { kind: "text", text: headline }, "ruby");
    expect(one.bodyStart).toEqual([headline]);
  });
});
