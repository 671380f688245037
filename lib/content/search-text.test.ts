import { describe, expect, it } from "vitest";
import {
  cutQuery,
  isBlankQuery,
  MAX_QUERY_LENGTH,
  normalizeSearchText,
  prepareSearchDocument,
  prepareSearchField,
  prepareSearchQuery,
  toHeadlineQueryText,
  toTsqueryLiteral,
} from "./search-text";

const tokens = (text: string) => prepareSearchField(text).cjk.split(" ");

describe("normalizeSearchText", () => {
  it("folds Traditional to Simplified, full-width to half-width, and upper to lower case", () => {
    expect(normalizeSearchText("復工復產")).toBe("复工复产");
    expect(normalizeSearchText("复工复产")).toBe("复工复产");
    expect(normalizeSearchText("ＣＯＶＩＤ－１９ Dezhou")).toBe("covid-19 dezhou");
  });

  it("turns control characters and lone surrogates into spaces (PostgreSQL refuses NUL)", () => {
    expect(normalizeSearchText("a\u0000b\ud800c")).toBe("a b c");
  });
});

describe("prepareSearchField", () => {
  it("indexes every Han character and every overlapping bigram, whatever the segmenter says", () => {
    // Intl.Segmenter splits 疫情 into 疫|情 and 防控 into 防|控: bigrams keep them findable.
    const cjk = tokens("疫情防控");
    expect(cjk).toEqual(expect.arrayContaining(["疫", "情", "防", "控", "疫情", "情防", "防控"]));
  });

  it("adds the words Intl.Segmenter finds, longer ones included", () => {
    expect(tokens("召开会议")).toEqual(expect.arrayContaining(["召开", "会议"]));
    expect(tokens("新冠肺炎")).toEqual(expect.arrayContaining(["新冠", "肺炎"]));
  });

  it("indexes Traditional copy in Simplified, so either script finds it", () => {
    const cjk = tokens("要統籌兼顧促復工、保運行");
    expect(cjk).toContain("复工");
    expect(cjk).not.toContain("復工");
  });

  it("leaves Latin words, numbers and other spaced scripts to PostgreSQL's english configuration", () => {
    const field = prepareSearchField("德州 Dezhou Daily 報道 COVID-19 running 2月12日");
    expect(field.latin).toBe("dezhou daily covid-19 running 2 12");
    expect(field.cjk.split(" ")).toEqual(expect.arrayContaining(["德州", "报道", "月", "日"]));
    expect(field.cjk).not.toMatch(/[a-z0-9]/);
  });

  it("bigrams kana runs too, and never crosses from one CJK run into the next", () => {
    expect(tokens("ニュース")).toEqual(expect.arrayContaining(["ニュ", "ース"]));
    expect(tokens("疫情 防控")).not.toContain("情防");
  });

  it("keeps headline, dek and body apart for their weights", () => {
    const document = prepareSearchDocument({ headline: "復工", dek: null, body: "Body text" });
    expect(document.headline.cjk).toContain("复工");
    expect(document.dek).toEqual({ latin: "", cjk: "" });
    expect(document.body).toEqual({ latin: "body text", cjk: "" });
  });
});

describe("prepareSearchQuery", () => {
  it("asks for every bigram of a CJK run, folded to Simplified", () => {
    const query = prepareSearchQuery("復工復產");
    expect(query.cjk).toEqual(["复工", "工复", "复产"]);
    expect(query.terms.cjk).toEqual(["复工复产"]);
  });

  it("asks for the character itself in a one-character query", () => {
    expect(prepareSearchQuery("疫").cjk).toEqual(["疫"]);
    expect(prepareSearchQuery("李 猛").cjk).toEqual(["李", "猛"]);
  });

  it("splits a mixed-language query into its Latin and CJK parts", () => {
    const query = prepareSearchQuery("Dezhou 疫情 COVID");
    expect(query.latin).toBe("dezhou covid");
    expect(query.cjk).toEqual(["疫情"]);
    expect(query.terms.latin).toEqual(["dezhou", "covid"]);
  });

  it("treats mixed scripts in one query as one script", () => {
    expect(prepareSearchQuery("复工復產").cjk).toEqual(prepareSearchQuery("復工复产").cjk);
  });

  it("offers the query's words for ranking", () => {
    expect(prepareSearchQuery("召开会议").words).toEqual(
      expect.arrayContaining(["召开", "会议", "召开会议"]),
    );
  });

  it("cuts a query over 200 characters instead of refusing it, without splitting a surrogate pair", () => {
    const long = "疫".repeat(250);
    expect(Array.from(prepareSearchQuery(long).text)).toHaveLength(MAX_QUERY_LENGTH);
    const emoji = `${"a".repeat(199)}😀😀`;
    expect(cutQuery(emoji)).toBe(`${"a".repeat(199)}😀`);
  });

  it("finds nothing to search in blank or punctuation-only queries", () => {
    expect(isBlankQuery(prepareSearchQuery(""))).toBe(true);
    expect(isBlankQuery(prepareSearchQuery("  ，。!?  \u0000"))).toBe(true);
    expect(isBlankQuery(prepareSearchQuery("疫"))).toBe(false);
    expect(isBlankQuery(prepareSearchQuery("a"))).toBe(false);
  });
});

describe("toTsqueryLiteral", () => {
  it("quotes every lexeme, so nothing in it is read as tsquery syntax", () => {
    expect(toTsqueryLiteral(["复工", "a'b", "c\\d"], "&")).toBe(`'复工' & 'a''b' & 'c\\\\d'`);
    expect(toTsqueryLiteral([], "|")).toBe("");
    expect(toTsqueryLiteral(["复工", "工复"], "&", "A")).toBe("'复工':A & '工复':A");
  });

  it("asks whether every Latin word is in the headline, in to_tsquery syntax made of letters and digits only", () => {
    expect(toHeadlineQueryText(prepareSearchQuery("Dezhou's COVID-19 (restart) | !x 复工"))).toBe(
      "dezhou:A & s:A & covid:A & 19:A & restart:A & x:A",
    );
    expect(toHeadlineQueryText(prepareSearchQuery("复工"))).toBe("");
  });
});
