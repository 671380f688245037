import { describe, expect, it } from "vitest";
import { buildSnippet, highlightText, type SnippetPart } from "./search-snippet";
import { prepareSearchQuery } from "./search-text";

const terms = (q: string) => prepareSearchQuery(q).terms;
const marked = (parts: SnippetPart[]) => parts.filter((p) => p.isMatch).map((p) => p.text);
const joined = (parts: SnippetPart[]) => parts.map((p) => p.text).join("");

describe("highlightText", () => {
  it("marks a Simplified query in Traditional text, as the text is written", () => {
    const parts = highlightText("盡快組織復工復產", terms("复工"));
    expect(marked(parts)).toEqual(["復工"]);
    expect(joined(parts)).toBe("盡快組織復工復產");
  });

  it("marks the bigrams of a run that is not there whole", () => {
    expect(marked(highlightText("疫情發生以來，防控有力", terms("疫情防控")))).toEqual([
      "疫情",
      "防控",
    ]);
  });

  it("marks English words give or take an ending, case-insensitively", () => {
    expect(marked(highlightText("Officials said Running restarts", terms("run restart")))).toEqual([
      "Running",
      "restarts",
    ]);
    expect(marked(highlightText("An article on art", terms("art")))).toEqual(["art"]);
  });

  it("returns text, never markup: angle brackets stay text for React to escape", () => {
    const parts = highlightText("<b>复工</b>", terms("复工"));
    expect(parts).toEqual([
      { text: "<b>", isMatch: false },
      { text: "复工", isMatch: true },
      { text: "</b>", isMatch: false },
    ]);
  });
});

describe("buildSnippet", () => {
  const body =
    "李猛強調，要在堅決守住疫情防控底線的前提下，統籌抓好工作，確保一季度平穩開局，努力完成今年經濟社會發展各項目標任務。要把復工復產擺到重要位置來抓，按照科學、合理、適度、管用的原則制定針對性措施。";

  it("shows the text around the first match, with ellipses where it was cut", () => {
    const parts = buildSnippet(body, terms("复工"), { width: 30 });
    expect(marked(parts)).toEqual(["復工"]);
    expect(parts[0]).toEqual({ text: "…", isMatch: false });
    expect(parts.at(-1)).toEqual({ text: "…", isMatch: false });
    expect(Array.from(joined(parts)).length).toBeLessThanOrEqual(32);
  });

  it("shows the opening when nothing in the text matches", () => {
    const parts = buildSnippet(body, terms("Dezhou"), { width: 10 });
    expect(joined(parts)).toBe("李猛強調，要在堅決守…");
  });

  it("does not cut an English word in two", () => {
    const text = "The city asked factories to restart production after the outbreak slowed down";
    const parts = buildSnippet(text, terms("outbreak"), { width: 24 });
    expect(joined(parts)).toMatch(/^… ?\w+ .*outbreak.* ?\w+ ?…$/);
    expect(joined(parts)).not.toMatch(/…[a-z]{1,2} /);
  });

  it("survives odd Unicode: emoji, combining marks and full-width letters", () => {
    const parts = buildSnippet("😀 é ＣＯＶＩＤ 復工", terms("covid 复工"));
    expect(marked(parts)).toEqual(["ＣＯＶＩＤ", "復工"]);
  });
});
