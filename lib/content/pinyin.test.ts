import { pinyin } from "pinyin-pro";
import { describe, expect, it } from "vitest";
import { isPinyinSyllable, parsePinyinSyllable } from "./pinyin";

describe("parsePinyinSyllable", () => {
  it("reads tone marks, tone numbers and toneless syllables", () => {
    expect(parsePinyinSyllable("lǐng")).toEqual({ plain: "ling", tone: 3 });
    expect(parsePinyinSyllable("dǎo")).toEqual({ plain: "dao", tone: 3 });
    expect(parsePinyinSyllable("lv4")).toEqual({ plain: "lü", tone: 4 });
    expect(parsePinyinSyllable("lü")).toEqual({ plain: "lü", tone: null });
    expect(parsePinyinSyllable("ling3")).toEqual({ plain: "ling", tone: 3 });
    expect(parsePinyinSyllable("zhuang")).toEqual({ plain: "zhuang", tone: null });
    expect(parsePinyinSyllable("nǚ")).toEqual({ plain: "nü", tone: 3 });
    expect(parsePinyinSyllable("ài")).toEqual({ plain: "ai", tone: 4 });
  });

  it("accepts decomposed tone marks as well as precomposed ones", () => {
    expect(parsePinyinSyllable("li\u030cng")).toEqual({ plain: "ling", tone: 3 });
    expect(parsePinyinSyllable("lu\u0308e\u0300")).toEqual({ plain: "lüe", tone: 4 });
  });

  it("writes ü as u after j, q, x and y, as pinyin does", () => {
    expect(isPinyinSyllable("ju")).toBe(true);
    expect(isPinyinSyllable("xuán")).toBe(true);
    expect(isPinyinSyllable("jv")).toBe(true);
    expect(isPinyinSyllable("yuè")).toBe(true);
  });

  it("refuses what is not a syllable of Mandarin", () => {
    for (const word of [
      "abc",
      "reuters",
      "who",
      "ok",
      "bing1o",
      "zhv",
      "gi",
      "ling6",
      "ling0",
      "fong",
      "tsai",
      "",
    ]) {
      expect(isPinyinSyllable(word), word).toBe(false);
    }
  });

  it("refuses capitals, two tones, and a mark plus a number", () => {
    expect(isPinyinSyllable("Ling")).toBe(false);
    expect(isPinyinSyllable("WHO")).toBe(false);
    expect(isPinyinSyllable("lǐňg")).toBe(false);
    expect(isPinyinSyllable("lǐng3")).toBe(false);
  });

  it("knows every reading pinyin-pro gives for the CJK blocks", () => {
    const unknown = new Set<string>();
    for (let code = 0x3400; code <= 0x9fff; code++) {
      for (const reading of pinyin(String.fromCodePoint(code), { multiple: true, type: "array" })) {
        // pinyin-pro returns the character itself when it has no reading.
        if (!/[a-z]/.test(reading.normalize("NFD"))) continue;
        if (!isPinyinSyllable(reading)) unknown.add(reading);
      }
    }
    expect([...unknown]).toEqual([]);
  });
});
