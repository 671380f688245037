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
