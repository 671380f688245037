import { describe, expect, it } from "vitest";
import { MAX_SLUG_LENGTH, slugify, uniqueSlug } from "./slug";

const HEADLINE = "市新冠肺炎疫情防控工作領導小組召開會議";
const SYLLABLES =
  "shi xin guan fei yan yi qing fang kong gong zuo ling dao xiao zu zhao kai hui yi".split(" ");

describe("slugify", () => {
  it("turns Chinese into toneless pinyin, in order, grouped into at most eight words", () => {
    const slug = slugify(HEADLINE);
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(slug.split("-").length).toBeLessThanOrEqual(8);
    // Word grouping depends on the segmenter's dictionary; the syllables do not.
    expect(SYLLABLES.join("").startsWith(slug.replaceAll("-", ""))).toBe(true);
    expect(slug.startsWith("shi-")).toBe(true);
  });

  it("groups syllables into words where the segmenter knows them", () => {
    expect(slugify("北京")).toBe("beijing");
    expect(slugify(HEADLINE, { maxWords: 30 }).replaceAll("-", "")).toBe(SYLLABLES.join(""));
  });

  it("reads Traditional characters with the reading their word needs", () => {
    expect(slugify("重慶").replaceAll("-", "")).toBe("chongqing");
    expect(slugify("德州日報").replaceAll("-", "")).toBe("dezhouribao");
  });

  it("lower-cases Latin, drops diacritics and punctuation", () => {
    expect(slugify("Café Société: Ünïcode & Ñandú!")).toBe("cafe-societe-unicode-nandu");
    expect(slugify("Straße, Æsir and Øresund")).toBe("strasse-aesir-and-oresund");
    expect(slugify("  COVID-19 vaccine — “approved”  ")).toBe("covid-19-vaccine-approved");
  });

  it("mixes scripts in order", () => {
    expect(slugify("COVID-19 疫情").replaceAll("-", "")).toBe("covid19yiqing");
  });

  it("caps the number of words", () => {
    expect(slugify("one two three four five six seven eight nine ten")).toBe(
      "one-two-three-four-five-six-seven-eight",
    );
    expect(slugify("one two three four", { maxWords: 2 })).toBe("one-two");
  });

  it("never exceeds the length limit and cuts between words", () => {
    const slug = slugify("internationalisation ".repeat(10), { maxWords: 10 });
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toBe(Array(3).fill("internationalisation").join("-"));
    expect(slugify("a".repeat(200)).length).toBe(MAX_SLUG_LENGTH);
  });

  it("never returns an empty slug", () => {
    expect(slugify("")).toBe("article");
    expect(slugify("！？……")).toBe("article");
    expect(slugify("🎉🎉")).toBe("article");
  });
});

describe("uniqueSlug", () => {
  const takenFrom = (taken: string[]) => {
    const asked: string[] = [];
    const isTaken = async (slug: string) => {
      asked.push(slug);
      return taken.includes(slug);
    };
    return { asked, isTaken };
  };

  it("returns the base when it is free", async () => {
    const { asked, isTaken } = takenFrom([]);
    expect(await uniqueSlug("beijing", isTaken)).toBe("beijing");
    expect(asked).toEqual(["beijing"]);
  });

  it("appends -2, -3… until one is free", async () => {
    const { asked, isTaken } = takenFrom(["beijing", "beijing-2", "beijing-3"]);
    expect(await uniqueSlug("beijing", isTaken)).toBe("beijing-4");
    expect(asked).toEqual(["beijing", "beijing-2", "beijing-3", "beijing-4"]);
  });

  it("keeps a suffixed slug within the length limit", async () => {
    const base = `${"a".repeat(40)}-${"b".repeat(39)}`;
    const { isTaken } = takenFrom([base]);
    const slug = await uniqueSlug(base, isTaken);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith("-2")).toBe(true);
  });

  it("gives up with an error instead of querying forever", async () => {
    let calls = 0;
    const always = async () => {
      calls++;
      return true;
    };
    await expect(uniqueSlug("x", always, { maxAttempts: 5 })).rejects.toThrow(/no free slug/);
    expect(calls).toBe(6);
  });

  it("falls back to a random suffix after many taken numbers", async () => {
    const slug = await uniqueSlug("x", async (s) => /^x(-\d+)?$/.test(s), { maxAttempts: 5 });
    expect(slug).toMatch(/^x-[a-z0-9]{6}$/);
  });
});
