import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { countDoc, countText } from "./count";
import { docToPlainText, type Doc } from "./doc";
import { textToDoc } from "./plain-text";

const SAMPLE = fs.readFileSync(
  new URL("../../prisma/sample/dezhou-daily-2020-02-12.txt", import.meta.url),
  "utf8",
);

describe("countText", () => {
  it("counts nothing in empty text, spaces and punctuation", () => {
    expect(countText("")).toEqual({ units: 0, han: 0, words: 0, readingMinutes: 0 });
    expect(countText(" \n\t,。、“”!?—…()「」").units).toBe(0);
  });

  it("counts each Han character, including extension blocks", () => {
    // 𠀀 (U+20000) is Extension B: one character, two UTF-16 units.
    expect(countText("復工復產")).toMatchObject({ units: 4, han: 4, words: 0 });
    expect(countText("𠀀𪚥〇々").han).toBe(4);
  });

  it("counts mixed Chinese and English by characters and words", () => {
    expect(countText("德州市 will resume work 復工 on Monday.")).toEqual({
      units: 10,
      han: 5,
      words: 5,
      readingMinutes: 1,
    });
  });

  it("keeps hyphenated, apostrophised and formatted numbers as one word", () => {
    expect(countText("COVID-19 don't it’s 1,000.5 12:30 3.14").words).toBe(6);
    expect(countText("2020年2月12日")).toMatchObject({ han: 3, words: 3 });
  });

  it("counts each kana, the length mark included", () => {
    expect(countText("コーヒーを飲みます。")).toMatchObject({ han: 9, words: 0 });
  });

  it("counts each hangul syllable, not each Korean word", () => {
    expect(countText("안녕하세요 세계")).toMatchObject({ han: 7, words: 0 });
  });

  it("counts Cyrillic and Greek words, and accents composed or not", () => {
    expect(countText("Привет мир αβγ café cafe\u0301").words).toBe(5);
  });

  it("does not count emoji, keycaps included", () => {
    expect(countText("😀👩‍👩‍👧🇨🇳 1️⃣ #️⃣ ❤️").units).toBe(0);
    expect(countText("好😀ok").units).toBe(2);
  });

  it("rounds reading time up and gives at least a minute", () => {
    expect(countText("字").readingMinutes).toBe(1);
    expect(countText("字".repeat(300)).readingMinutes).toBe(1);
    expect(countText("字".repeat(301)).readingMinutes).toBe(2);
    expect(countText("word ".repeat(230) + "字".repeat(300)).readingMinutes).toBe(2);
  });
});

describe("countDoc", () => {
  const { doc } = textToDoc(SAMPLE, { annotations: "ruby" });
  const text = docToPlainText(doc);

  it("counts the sample's Han characters, not its pinyin readings", () => {
    const hanByRegex = [...text.matchAll(/\p{Script=Han}/gu)].length;
    // Dates, and the few readings left in damaged places (確?!叭r(nóng)) that stay text.
    const wordsByRegex = text.replace(/\p{Script=Han}/gu, " ").match(/[\p{L}\p{N}]+/gu) ?? [];
    expect(hanByRegex).toBeGreaterThan(1000);
    expect(wordsByRegex).toContain("nóng");
    const count = countDoc(doc);
    expect(count.han).toBe(hanByRegex);
    expect(count.words).toBe(wordsByRegex.length);
    expect(count.units).toBe(hanByRegex + wordsByRegex.length);
    expect(count.readingMinutes).toBe(Math.ceil(hanByRegex / 300 + wordsByRegex.length / 230));
  });

  it("leaves pull quotes out, since they repeat the body", () => {
    const withQuote: Doc = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "同舟共濟" }] },
        { type: "pullQuote", content: [{ type: "text", text: "同舟共濟" }] },
        {
          type: "blockquote",
          content: [{ type: "pullQuote", content: [{ type: "text", text: "再" }] }],
        },
      ],
    };
    expect(countDoc(withQuote).han).toBe(4);
  });

  it("counts ruby bases, table cells and list items", () => {
    const mixed: Doc = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [{ type: "ruby", attrs: { base: "領", reading: "lǐng" } }],
        },
        {
          type: "table",
          content: [
            {
              type: "tableRow",
              content: [
                {
                  type: "tableCell",
                  content: [{ type: "paragraph", content: [{ type: "text", text: "one 二" }] }],
                },
              ],
            },
          ],
        },
      ],
    };
    expect(countDoc(mixed)).toMatchObject({ han: 2, words: 1 });
  });
});
