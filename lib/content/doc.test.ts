import { describe, expect, it } from "vitest";
import { docToPlainText, emptyDoc, paragraphCount, type Doc } from "./doc";

const doc: Doc = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "標題" }] },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "工作" },
        { type: "ruby", attrs: { base: "領", reading: "lǐng" } },
        { type: "ruby", attrs: { base: "導", reading: "dǎo" } },
        { type: "text", text: "小組", marks: [{ type: "bold" }] },
      ],
    },
    { type: "paragraph" },
    {
      type: "blockquote",
      content: [{ type: "paragraph", content: [{ type: "text", text: "引文" }] }],
    },
    {
      type: "bulletList",
      content: [
        {
          type: "listItem",
          content: [{ type: "paragraph", content: [{ type: "text", text: "一" }] }],
        },
        {
          type: "listItem",
          content: [
            {
              type: "paragraph",
              content: [
                { type: "text", text: "二" },
                { type: "hardBreak" },
                { type: "text", text: "續" },
              ],
            },
          ],
        },
      ],
    },
    { type: "horizontalRule" },
    { type: "paragraph", content: [{ type: "text", text: "  " }] },
  ],
};

describe("emptyDoc", () => {
  it("holds one empty paragraph for the cursor, and no counted paragraphs", () => {
    expect(emptyDoc()).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
    expect(paragraphCount(emptyDoc())).toBe(0);
    expect(docToPlainText(emptyDoc())).toBe("");
  });

  it("returns a fresh object each time", () => {
    const a = emptyDoc();
    a.content.push({ type: "horizontalRule" });
    expect(emptyDoc().content).toHaveLength(1);
  });
});

describe("docToPlainText", () => {
  it("joins blocks with newlines and keeps only the ruby base", () => {
    expect(docToPlainText(doc)).toBe("標題\n工作領導小組\n\n引文\n一\n二\n續\n  ");
  });
});

describe("paragraphCount", () => {
  it("counts paragraphs with text at any depth, not headings or empty ones", () => {
    expect(paragraphCount(doc)).toBe(4);
  });
});
