import { describe, expect, it } from "vitest";
import {
  convertHtml,
  convertText,
  parseScript,
  sectionNameFor,
  sectionNameIn,
  shownLanguage,
} from "./reader-script";

describe("the reader's 繁/简 choice", () => {
  it("converts Traditional copy to Simplified and back, leaving English alone", () => {
    expect(convertText("疫情防控工作領導小組", "zh-Hant", "hans")).toBe("疫情防控工作领导小组");
    expect(convertText("疫情防控工作领导小组", "zh-Hans", "hant")).toBe("疫情防控工作領導小組");
    expect(convertText("Council meets", "en", "hans")).toBe("Council meets");
    expect(convertText("領導", "zh-Hant", "hant")).toBe("領導");
    expect(convertText("領導", "zh-Hant", null)).toBe("領導");
  });

  it("converts only text in HTML: not tags, attributes, links or ruby readings", () => {
    const html =
      '<p><a href="https://example.com/發展">發展</a> <ruby>領<rp>(</rp><rt>lǐng</rt><rp>)</rp></ruby>導</p>';
    expect(convertHtml(html, "zh-Hant", "hans")).toBe(
      '<p><a href="https://example.com/發展">发展</a> <ruby>领<rp>(</rp><rt>lǐng</rt><rp>)</rp></ruby>导</p>',
    );
  });

  it("reads only the two script names from a URL, and tags converted copy with its new language", () => {
    expect(parseScript("hans")).toBe("hans");
    expect(parseScript("HANS")).toBeNull();
    expect(parseScript(["hans"])).toBeNull();
    expect(shownLanguage("zh-Hant", "hans")).toBe("zh-Hans");
    expect(shownLanguage("en", "hans")).toBe("en");
    expect(shownLanguage("zh-Hant", null)).toBe("zh-Hant");
  });

  it("names a section in Simplified by the desk's own name when it gave one, else converted", () => {
    expect(sectionNameIn({ name: "體育" }, "hans")).toBe("体育");
    expect(sectionNameIn({ name: "要聞", nameHans: "要闻速递" }, "hans")).toBe("要闻速递");
    expect(sectionNameIn({ name: "要聞", nameHans: "要闻速递" }, "hant")).toBe("要聞");
    expect(sectionNameFor({ name: "要聞", nameHans: "要闻", nameEn: "News" }, "en")).toBe("News");
    expect(sectionNameFor({ name: "要聞", nameHans: "要闻", nameEn: "News" }, "zh-Hans")).toBe(
      "要闻",
    );
  });
});
