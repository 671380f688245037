import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { applyAnnotations, findAnnotations, removeAnnotations } from "./annotations";

const SAMPLE = fs.readFileSync(
  new URL("../../prisma/sample/dezhou-daily-2020-02-12.txt", import.meta.url),
  "utf8",
);

describe("findAnnotations", () => {
  it("finds each annotated character with offsets into the text", () => {
    const text = "工作領(lǐng)導(dǎo)小組";
    const found = findAnnotations(text);
    expect(found).toEqual([
      { start: 2, end: 9, base: "領", reading: "lǐng" },
      { start: 9, end: 15, base: "導", reading: "dǎo" },
    ]);
    expect(found.map((a) => text.slice(a.start, a.end))).toEqual(["領(lǐng)", "導(dǎo)"]);
  });

  it("accepts fullwidth parentheses and numbered or toneless readings", () => {
    expect(findAnnotations("領（lǐng）").map((a) => a.reading)).toEqual(["lǐng"]);
    expect(findAnnotations("綠(lv4)樹(shu)").map((a) => [a.base, a.reading])).toEqual([
      ["綠", "lv4"],
      ["樹", "shu"],
    ]);
  });

  it("takes only the one character right before the parenthesis as base", () => {
    expect(findAnnotations("北京(jīng)")).toEqual([
      { start: 1, end: 8, base: "京", reading: "jīng" },
    ]);
  });

  it("handles base characters outside the BMP", () => {
    const [annotation] = findAnnotations("𠀀(qiū)");
    expect(annotation).toEqual({ start: 0, end: 7, base: "𠀀", reading: "qiū" });
  });

  it("never reads English or made-up words in parentheses as pinyin", () => {
    for (const text of [
      "北京(Reuters)",
      "世衛(WHO)",
      "測試(abc)",
      "公司(Ltd)",
      "新聞(news)",
      "人(ren de)",
    ]) {
      expect(findAnnotations(text), text).toEqual([]);
    }
  });

  it("never uses a damaged `?` or a Latin letter as base", () => {
    expect(findAnnotations("日?(bào)")).toEqual([]);
    expect(findAnnotations("日?qǐng)?bào)")).toEqual([]);
    expect(findAnnotations("叭r(nóng)")).toEqual([]);
  });

  it("reads toneless single letters as list labels, but a toned one as a reading", () => {
    expect(findAnnotations("第5條(a)款")).toEqual([]);
    expect(findAnnotations("阿(ā)")).toEqual([{ start: 0, end: 4, base: "阿", reading: "ā" }]);
  });

  it("finds all ~290 annotations of the sample, none on a damaged place", () => {
    const found = findAnnotations(SAMPLE);
    expect(found.length).toBe(291);
    expect(found.every((a) => /^\p{Script=Han}$/u.test(a.base))).toBe(true);
    for (const damaged of ["?qǐng)?bào)", "?gòu)?fù)", "?!叭r(nóng)"]) {
      const start = SAMPLE.indexOf(damaged);
      const end = start + damaged.length;
      expect(start).toBeGreaterThan(0);
      expect(
        found.filter((a) => a.start < end && start < a.end),
        damaged,
      ).toEqual([]);
    }
  });
});

describe("applyAnnotations", () => {
  const text = "召開(kāi)會(huì)議";

  it("ruby: annotations become ruby segments between merged text runs", () => {
    expect(applyAnnotations(text, "ruby")).toEqual([
      { type: "text", text: "召" },
      { type: "ruby", base: "開", reading: "kāi" },
      { type: "ruby", base: "會", reading: "huì" },
      { type: "text", text: "議" },
    ]);
  });

  it("remove: only the base characters stay, in one text run", () => {
    expect(applyAnnotations(text, "remove")).toEqual([{ type: "text", text: "召開會議" }]);
  });

  it("keep: the text is left exactly as it was", () => {
    expect(applyAnnotations(text, "keep")).toEqual([{ type: "text", text }]);
  });

  it("returns no segments for empty text and one run for text without annotations", () => {
    expect(applyAnnotations("", "ruby")).toEqual([]);
    expect(applyAnnotations("沒有注音 (WHO)", "ruby")).toEqual([
      { type: "text", text: "沒有注音 (WHO)" },
    ]);
  });

  it("leaves damaged fragments as plain text in ruby mode", () => {
    const segments = applyAnnotations("德州日?qǐng)?bào)新媒體", "ruby");
    expect(segments).toEqual([{ type: "text", text: "德州日?qǐng)?bào)新媒體" }]);
  });
});

describe("removeAnnotations", () => {
  it("reduces the sample's first clause to plain Chinese", () => {
    const lead = SAMPLE.split("\n")[0] ?? "";
    expect(
      removeAnnotations(lead).startsWith(
        "2月12日,市新冠肺炎疫情防控工作領導小組召開會議,認真學習貫徹",
      ),
    ).toBe(true);
  });
});
