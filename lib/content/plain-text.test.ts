import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { docToPlainText, paragraphCount, type InlineNode } from "./doc";
import { textToDoc } from "./plain-text";

const SAMPLE = fs.readFileSync(
  new URL("../../prisma/sample/dezhou-daily-2020-02-12.txt", import.meta.url),
  "utf8",
);

const inlines = (result: ReturnType<typeof textToDoc>): InlineNode[] =>
  result.doc.content.flatMap((block) => (block.type === "paragraph" ? (block.content ?? []) : []));

describe("textToDoc on the Dezhou Daily sample", () => {
  const result = textToDoc(SAMPLE, { annotations: "ruby" });

  it("makes exactly nine paragraphs from the nine body lines", () => {
    expect(result.doc.content).toHaveLength(9);
    expect(result.doc.content.every((block) => block.type === "paragraph")).toBe(true);
    expect(paragraphCount(result.doc)).toBe(9);
  });

  it("splits off the three credits; the damaged producer keeps a `?` for its lost character", () => {
    expect(result.credits).toEqual([
      { name: "德州日?新媒體", role: "PRODUCER", kind: "ORGANIZATION" },
      { name: "王賀", role: "REPORTER", kind: "PERSON" },
      { name: "李榕", role: "EDITOR", kind: "PERSON" },
    ]);
    expect(docToPlainText(result.doc)).not.toContain("出品");
  });

  it("turns the annotations into ruby nodes", () => {
    const rubies = inlines(result).filter((node) => node.type === "ruby");
    expect(rubies.length).toBeGreaterThanOrEqual(250);
    expect(rubies[0]).toEqual({ type: "ruby", attrs: { base: "領", reading: "lǐng" } });
    // What readers read has no readings in it.
    expect(docToPlainText(result.doc)).not.toMatch(/\((?:lǐng|dǎo|kāi)\)/);
    expect(
      docToPlainText(result.doc).startsWith("2月12日,市新冠肺炎疫情防控工作領導小組召開會議,"),
    ).toBe(true);
  });

  it("leaves the damaged places in the text for the editor, as written", () => {
    const text = docToPlainText(result.doc);
    expect(text).toContain("確?!叭r(nóng)”");
    expect(text).toContain("促?gòu)?fù)工");
  });

  it("lists the three damaged places with offsets into the original text", () => {
    const places = result.damage.map((d) => SAMPLE.slice(d.start, d.end));
    expect(places).toEqual(["?!叭", "r(nóng)", "?gòu)?fù)", "?qǐng)?bào)"]);
    expect(result.damage.map((d) => d.reading).filter(Boolean)).toEqual(["nóng", "fù", "bào"]);
    expect(result.damage[0]?.kind).toBe("mangled-quote");
  });

  it("suggests the lead's first clause as headline, without date or annotations", () => {
    expect(result.suggestedHeadline).toBe("市新冠肺炎疫情防控工作領導小組召開會議");
  });

  it("reads the dateline date from the lead", () => {
    expect(result.dateline).toEqual({ date: { month: 2, day: 12 } });
  });
});

describe("textToDoc options and edge cases", () => {
  it("removes or keeps annotations as asked", () => {
    const removed = textToDoc("召開(kāi)會議。", { annotations: "remove" });
    expect(removed.doc.content).toEqual([
      { type: "paragraph", content: [{ type: "text", text: "召開會議。" }] },
    ]);
    const kept = textToDoc("召開(kāi)會議。", { annotations: "keep" });
    expect(kept.doc.content).toEqual([
      { type: "paragraph", content: [{ type: "text", text: "召開(kāi)會議。" }] },
    ]);
  });

  it("normalises CRLF, trims lines and skips blank ones; damage offsets stay in the original", () => {
    const text = "\uFEFF  第一段。 \r\n\r\n第二\uFFFD段。\r\n記者｜王賀\r\n";
    const result = textToDoc(text, { annotations: "ruby" });
    expect(result.doc.content).toEqual([
      { type: "paragraph", content: [{ type: "text", text: "第一段。" }] },
      { type: "paragraph", content: [{ type: "text", text: "第二\uFFFD段。" }] },
    ]);
    expect(result.credits).toEqual([{ name: "王賀", role: "REPORTER", kind: "PERSON" }]);
    expect(result.damage).toHaveLength(1);
    expect(text.slice(result.damage[0]?.start, result.damage[0]?.end)).toBe("\uFFFD");
  });

  it("gives an empty document for empty text", () => {
    const result = textToDoc(" \n\n ", { annotations: "ruby" });
    expect(result.doc).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
    expect(result.credits).toEqual([]);
    expect(result.suggestedHeadline).toBe("");
    expect(result.dateline).toEqual({});
  });

  it("handles English copy with a byline first", () => {
    const result = textToDoc(
      "By Jane Okafor\nBEIJING (Reuters) — China said on Wednesday it would act. More follows.\nSecond paragraph.\nEdited by Maria Santos",
      { annotations: "ruby" },
    );
    expect(result.credits.map((c) => c.name)).toEqual(["Jane Okafor", "Maria Santos"]);
    expect(result.doc.content).toHaveLength(2);
    expect(result.dateline).toEqual({ place: "BEIJING" });
    expect(result.suggestedHeadline).toBe("China said on Wednesday it would act");
  });
});
