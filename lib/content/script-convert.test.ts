import fs from "node:fs";
import { describe, expect, it } from "vitest";
import type { Doc } from "./doc";
import { textToDoc } from "./plain-text";
import { convertDoc, toSimplified, toTraditional } from "./script-convert";

const SAMPLE = fs.readFileSync(
  new URL("../../prisma/sample/dezhou-daily-2020-02-12.txt", import.meta.url),
  "utf8",
);

type Counted = { nodes: number; ruby: number; marks: number };
function census(node: unknown, into: Counted = { nodes: 0, ruby: 0, marks: 0 }): Counted {
  const value = node as { type?: string; content?: unknown[]; marks?: unknown[] };
  into.nodes++;
  if (value.type === "ruby") into.ruby++;
  into.marks += value.marks?.length ?? 0;
  for (const child of value.content ?? []) census(child, into);
  return into;
}

describe("toSimplified and toTraditional", () => {
  it("convert 復工 and 复工 both ways", () => {
    expect(toSimplified("復工")).toBe("复工");
    expect(toTraditional("复工")).toBe("復工");
  });

  it("use Taiwan-standard forms rather than OpenCC's reference forms", () => {
    expect(toTraditional("因为里面")).toBe("因為裡面");
    expect(toTraditional("面条")).toBe("麵條");
    expect(toSimplified("要著力抓好")).toBe("要着力抓好");
  });

  it("convert phrases by meaning, and leave mixed-script text's other parts alone", () => {
    expect(toTraditional("头发和发展")).toBe("頭髮和發展");
    expect(toTraditional("德州日报 reports COVID-19 复工 2020年")).toBe(
      "德州日報 reports COVID-19 復工 2020年",
    );
    expect(toSimplified("市委書記 Li Meng 主持會議,「六穩」")).toBe(
      "市委书记 Li Meng 主持会议,「六稳」",
    );
  });

  it("leave text already in the target script as it is", () => {
    expect(toSimplified("复工复产")).toBe("复工复产");
    expect(toTraditional("復工復產")).toBe("復工復產");
  });
});

describe("convertDoc", () => {
  const { doc } = textToDoc(SAMPLE, { annotations: "ruby" });
  const first: Doc = { type: "doc", content: doc.content.slice(0, 1) };

  it("round-trips the sample's first paragraph with the same nodes and ruby", () => {
    const simplified = convertDoc(first, "hans");
    const back = convertDoc(simplified, "hant");
    expect(census(simplified)).toEqual(census(first));
    expect(census(back)).toEqual(census(first));
    expect(census(first).ruby).toBeGreaterThan(3);
    expect(JSON.stringify(simplified)).toContain("领");
    expect(JSON.stringify(simplified)).not.toContain("領");
    // The readings are pinyin and never change.
    expect(JSON.stringify(simplified)).toContain('"reading":"lǐng"');
  });

  it("converts text and ruby bases but keeps readings, marks and links", () => {
    const input: Doc = {
      type: "doc",
      content: [
        {
          type: "heading",
          attrs: { level: 2 },
          content: [{ type: "text", text: "复工" }],
        },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "头", marks: [{ type: "bold" }] },
            {
              type: "text",
              text: "发",
              marks: [{ type: "link", attrs: { href: "https://example.com/发" } }],
            },
            { type: "ruby", attrs: { base: "领", reading: "lǐng" } },
            { type: "hardBreak" },
            { type: "text", text: "导" },
          ],
        },
        { type: "pullQuote", content: [{ type: "text", text: "同舟共济" }] },
        {
          type: "table",
          content: [
            {
              type: "tableRow",
              content: [
                {
                  type: "tableCell",
                  content: [{ type: "paragraph", content: [{ type: "text", text: "经济" }] }],
                },
              ],
            },
          ],
        },
      ],
    };
    const before = JSON.stringify(input);
    expect(convertDoc(input, "hant")).toEqual({
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "復工" }] },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "頭", marks: [{ type: "bold" }] },
            // 头发 is one phrase across the mark boundary: 髮 (hair), not 發.
            {
              type: "text",
              text: "髮",
              marks: [{ type: "link", attrs: { href: "https://example.com/发" } }],
            },
            { type: "ruby", attrs: { base: "領", reading: "lǐng" } },
            { type: "hardBreak" },
            { type: "text", text: "導" },
          ],
        },
        { type: "pullQuote", content: [{ type: "text", text: "同舟共濟" }] },
        {
          type: "table",
          content: [
            {
              type: "tableRow",
              content: [
                {
                  type: "tableCell",
                  content: [{ type: "paragraph", content: [{ type: "text", text: "經濟" }] }],
                },
              ],
            },
          ],
        },
      ],
    });
    expect(JSON.stringify(input)).toBe(before);
  });
});
