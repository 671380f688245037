import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { diffDocs, diffText, tokenize, type DiffSegment } from "./diff";
import { docToPlainText, type Doc } from "./doc";
import { textToDoc } from "./plain-text";

const SAMPLE = fs.readFileSync(
  new URL("../../prisma/sample/dezhou-daily-2020-02-12.txt", import.meta.url),
  "utf8",
);

const changed = (segments: DiffSegment[]) => segments.filter((s) => s.type !== "equal");
const rebuild = (segments: DiffSegment[], side: "before" | "after") =>
  segments
    .filter((s) => s.type === "equal" || s.type === (side === "before" ? "delete" : "insert"))
    .map((s) => s.text)
    .join("");

describe("tokenize", () => {
  it("splits CJK by character and other text by word, space and punctuation", () => {
    expect(tokenize("復工 COVID-19, don't!")).toEqual([
      "復",
      "工",
      " ",
      "COVID-19",
      ",",
      " ",
      "don't",
      "!",
    ]);
    expect(tokenize("𠀀字😀")).toEqual(["𠀀", "字", "😀"]);
  });
});

describe("diffText", () => {
  it("shows one changed Han character in a long sentence as exactly that character", () => {
    const paragraphs = docToPlainText(textToDoc(SAMPLE, { annotations: "remove" }).doc);
    const before = paragraphs.split("\n").find((line) => line.includes("復工"))!;
    expect(before.length).toBeGreaterThan(200);
    const index = before.indexOf("復工");
    expect(index).toBeGreaterThan(0);
    const after = `${before.slice(0, index)}复${before.slice(index + 1)}`;
    const segments = diffText(before, after);
    expect(changed(segments)).toEqual([
      { type: "delete", text: "復" },
      { type: "insert", text: "复" },
    ]);
    expect(rebuild(segments, "before")).toBe(before);
    expect(rebuild(segments, "after")).toBe(after);
  });

  it("shows a changed English word whole, not its letters", () => {
    const segments = diffText(
      "The council met on Monday to plan the reopening.",
      "The council met on Tuesday to plan the reopening.",
    );
    expect(changed(segments)).toEqual([
      { type: "delete", text: "Monday" },
      { type: "insert", text: "Tuesday" },
    ]);
    expect(segments[0]).toEqual({ type: "equal", text: "The council met on " });
  });

  it("merges adjacent tokens of one kind", () => {
    expect(diffText("甲乙", "甲丙丁乙")).toEqual([
      { type: "equal", text: "甲" },
      { type: "insert", text: "丙丁" },
      { type: "equal", text: "乙" },
    ]);
  });

  it("gives one equal segment for identical text, and nothing for two empty texts", () => {
    expect(diffText("同舟共濟 together", "同舟共濟 together")).toEqual([
      { type: "equal", text: "同舟共濟 together" },
    ]);
    expect(diffText("", "")).toEqual([]);
    expect(diffText("", "新")).toEqual([{ type: "insert", text: "新" }]);
    expect(diffText("舊", "")).toEqual([{ type: "delete", text: "舊" }]);
  });
});

describe("diffDocs", () => {
  const doc = (...lines: string[]): Doc => ({
    type: "doc",
    content: lines.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
  });

  it("keeps a change inside its paragraph", () => {
    const segments = diffDocs(doc("今天晴", "明天下雨"), doc("今天晴", "明天下雪"));
    expect(segments).toEqual([
      { type: "equal", text: "今天晴\n明天下" },
      { type: "delete", text: "雨" },
      { type: "insert", text: "雪" },
    ]);
  });

  it("shows an added paragraph with its line break", () => {
    const segments = diffDocs(doc("第一段"), doc("第一段", "第二段"));
    expect(segments).toEqual([
      { type: "equal", text: "第一段" },
      { type: "insert", text: "\n第二段" },
    ]);
  });
});
