import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { collapseAnnotationResidue, findTextDamage } from "./text-damage";

const SAMPLE = fs.readFileSync(
  new URL("../../prisma/sample/dezhou-daily-2020-02-12.txt", import.meta.url),
  "utf8",
);

/** Produces real mojibake: the UTF-8 bytes of `text` decoded as another encoding. */
function misread(text: string, encoding: string): string {
  return new TextDecoder(encoding).decode(new TextEncoder().encode(text));
}

function gbkBytes(text: string): Uint8Array {
  // TextEncoder only writes UTF-8, so look each character up by decoding GBK's table.
  const decoder = new TextDecoder("gbk");
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    let found = false;
    for (let lead = 0x81; lead <= 0xfe && !found; lead++) {
      for (let trail = 0x40; trail <= 0xfe && !found; trail++) {
        if (decoder.decode(new Uint8Array([lead, trail])) === ch) {
          bytes.push(lead, trail);
          found = true;
        }
      }
    }
    if (!found) throw new Error(`not in GBK: ${ch}`);
  }
  return new Uint8Array(bytes);
}

describe("findTextDamage", () => {
  it("reports runs of U+FFFD once each", () => {
    const text = "市委\uFFFD\uFFFD記主持";
    expect(findTextDamage(text)).toEqual([
      { start: 2, end: 4, kind: "replacement-char", excerpt: "市委\uFFFD\uFFFD記主持" },
    ]);
  });

  it("finds the replacement characters left by GBK bytes read as UTF-8", () => {
    const text = new TextDecoder("utf-8").decode(gbkBytes("確保“三農”工作"));
    const kinds = findTextDamage(text).map((d) => d.kind);
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(["replacement-char"]));
  });

  it("reports a `?` standing where a Han character was", () => {
    const [damage] = findTextDamage("各級黨委?府要強化屬地責任");
    expect(damage).toMatchObject({ start: 4, end: 5, kind: "lost-character" });
    expect(findTextDamage("德州日??新媒體")).toMatchObject([
      { start: 3, end: 5, kind: "lost-character" },
    ]);
    expect(findTextDamage("?華社消息")).toMatchObject([
      { start: 0, end: 1, kind: "lost-character" },
    ]);
  });

  it("leaves real questions alone", () => {
    for (const text of [
      "你好嗎?我很好。",
      "你是誰？我是記者。",
      "這是真的嗎？",
      "他問:真的?",
      "What happened? Nobody knows.",
      "「為什麼?」他問。",
    ]) {
      expect(findTextDamage(text), text).toEqual([]);
    }
  });

  it("reads the surviving reading of a character lost with its annotation", () => {
    const text = "德州日?qǐng)?bào)新媒體出品";
    expect(findTextDamage(text)).toEqual([
      {
        start: 3,
        end: 14,
        kind: "lost-annotated-character",
        reading: "bào",
        excerpt: "德州日?qǐng)?bào)新媒體出品",
      },
    ]);
  });

  it("reports a lost base whose annotation survived whole, and a single residue", () => {
    expect(findTextDamage("促?(fù)工")).toMatchObject([
      { start: 1, end: 6, kind: "lost-annotated-character", reading: "fù" },
    ]);
    expect(findTextDamage("促？（fù）工")).toMatchObject([
      { kind: "lost-annotated-character", reading: "fù" },
    ]);
    expect(findTextDamage("促?fù)工")).toMatchObject([
      { start: 1, end: 5, kind: "lost-annotated-character", reading: "fù" },
    ]);
  });

  it("does not take English after a question mark for a pinyin residue", () => {
    expect(findTextDamage("Really?(Reuters) said")).toEqual([]);
  });

  it("finds “ ” written as UTF-8 and read as GBK (鈥…)", () => {
    const text = `確保${misread("“三農”", "gbk")}工作`;
    const damage = findTextDamage(text);
    expect(damage[0]).toMatchObject({ start: 2, kind: "mangled-quote" });
    expect(text.slice(damage[0]?.start, damage[0]?.end).startsWith("鈥")).toBe(true);
    expect(damage.every((d) => d.kind === "mangled-quote")).toBe(true);
  });

  it("finds “ ” written as UTF-8 and read as Windows-1252 (â€œ) or Latin-1", () => {
    const cp1252 = "He said â€œyesâ€\u009d twice, donâ€™t";
    expect(findTextDamage(cp1252).map((d) => [d.kind, cp1252.slice(d.start, d.end)])).toEqual([
      ["mangled-quote", "â€œ"],
      ["mangled-quote", "â€\u009d"],
      ["mangled-quote", "â€™"],
    ]);
    // True ISO-8859-1 maps each byte to the code point of that number: the same bytes as
    // C1 controls. (TextDecoder's "latin1" is windows-1252 in WHATWG's table, from Node 22.)
    const latin1 = `He said ${Buffer.from("“yes”", "utf8").toString("latin1")} twice`;
    expect(findTextDamage(latin1).map((d) => [d.kind, latin1.slice(d.start, d.end)])).toEqual([
      ["mangled-quote", "â\u0080\u009c"],
      ["mangled-quote", "â\u0080\u009d"],
    ]);
  });

  it("finds GBK “ decoded one byte out of step, as in the sample's 確?!叭", () => {
    const text = "確?!叭r(nóng)”工作";
    expect(findTextDamage(text)).toEqual([
      { start: 1, end: 4, kind: "mangled-quote", excerpt: "確?!叭r(nóng" },
      {
        start: 4,
        end: 11,
        kind: "lost-annotated-character",
        reading: "nóng",
        excerpt: "確?!叭r(nóng)”工作",
      },
    ]);
  });

  it("does not call an ordinary interrobang before any character a mangled quote", () => {
    // 我 (CE D2) could never have come from the second byte of “ (B0) or ” (B1).
    expect(findTextDamage("你說什麼?!我不信")).toEqual([]);
  });

  it("finds exactly the three damaged places of the sample, with offsets into the original text", () => {
    const damage = findTextDamage(SAMPLE);
    expect(damage.map((d) => [d.kind, SAMPLE.slice(d.start, d.end), d.reading])).toEqual([
      ["mangled-quote", "?!叭", undefined],
      ["lost-annotated-character", "r(nóng)", "nóng"],
      ["lost-annotated-character", "?gòu)?fù)", "fù"],
      ["lost-annotated-character", "?qǐng)?bào)", "bào"],
    ]);
  });

  it("keeps excerpts on one line", () => {
    const [damage] = findTextDamage("第一行\n市委\uFFFD記\n第三行");
    expect(damage?.excerpt).toBe("市委\uFFFD記");
  });

  it("finds nothing in clean copy", () => {
    expect(findTextDamage("市委書記李猛主持並講話。要堅持兩手抓、兩手硬。")).toEqual([]);
  });
});

describe("collapseAnnotationResidue", () => {
  it("leaves one `?` per lost character and never guesses it", () => {
    expect(collapseAnnotationResidue("德州日?qǐng)?bào)新媒體")).toBe("德州日?新媒體");
    expect(collapseAnnotationResidue("促?(fù)工")).toBe("促?工");
    expect(collapseAnnotationResidue("促?fù)工")).toBe("促?工");
  });

  it("leaves sound text and real annotations alone", () => {
    expect(collapseAnnotationResidue("領(lǐng)導(dǎo)")).toBe("領(lǐng)導(dǎo)");
    expect(collapseAnnotationResidue("Really?(Reuters)")).toBe("Really?(Reuters)");
  });
});
