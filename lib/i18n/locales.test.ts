import { describe, expect, it } from "vitest";
import { askedScript, negotiateLocale } from "./locales";

describe("negotiateLocale", () => {
  it("defaults to Simplified Chinese without a header", () => {
    expect(negotiateLocale(undefined)).toBe("zh-Hans");
    expect(negotiateLocale("")).toBe("zh-Hans");
  });

  it("reads English and both Chinese scripts", () => {
    expect(negotiateLocale("en")).toBe("en");
    expect(negotiateLocale("en-GB,en;q=0.9")).toBe("en");
    expect(negotiateLocale("zh-CN,zh;q=0.9")).toBe("zh-Hans");
    expect(negotiateLocale("zh-TW")).toBe("zh-Hant");
    expect(negotiateLocale("zh-HK,en;q=0.5")).toBe("zh-Hant");
    expect(negotiateLocale("zh-Hant-TW")).toBe("zh-Hant");
  });

  it("honours q-values and skips languages it does not offer", () => {
    expect(negotiateLocale("fr-FR,en;q=0.3,zh-TW;q=0.8")).toBe("zh-Hant");
    expect(negotiateLocale("de;q=1, en;q=0.1")).toBe("en");
    expect(negotiateLocale("ja, ko")).toBe("zh-Hans");
    expect(negotiateLocale("en;q=0")).toBe("zh-Hans");
  });
});

describe("negotiateLocale's matching", () => {
  it("reads regional and script tags by CLDR's language matching", () => {
    expect(negotiateLocale("zh-MO")).toBe("zh-Hant");
    expect(negotiateLocale("zh-SG")).toBe("zh-Hans");
    expect(negotiateLocale("zh-Hans-HK")).toBe("zh-Hans");
    expect(negotiateLocale("en-US;q=0.9, zh-Hant;q=0.95")).toBe("zh-Hant");
  });

  it("skips tags that are not well formed", () => {
    expect(negotiateLocale("*, en;q=0.5")).toBe("en");
    expect(negotiateLocale("not a tag!!, zh-TW;q=0.2")).toBe("zh-Hant");
  });
});

describe("askedScript", () => {
  it("gives a Chinese reader's script, from the switcher's cookie first, then Accept-Language", () => {
    expect(askedScript(undefined, "zh-CN,zh;q=0.9")).toBe("hans");
    expect(askedScript(undefined, "zh-TW")).toBe("hant");
    expect(askedScript("zh-Hant", "zh-CN")).toBe("hant");
    expect(askedScript("zh-Hans", "en")).toBe("hans");
  });

  it("is null for English, and when nobody asked (no header, or only other languages)", () => {
    expect(askedScript(undefined, "en-US")).toBeNull();
    expect(askedScript("en", "zh-CN")).toBeNull();
    expect(askedScript(undefined, undefined)).toBeNull();
    expect(askedScript(undefined, "fr, de;q=0.5")).toBeNull();
  });
});
