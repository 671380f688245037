import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import zhHans from "./messages/zh-Hans.json";
import zhHant from "./messages/zh-Hant.json";

function keys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" && value !== null
      ? keys(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe("UI messages", () => {
  it("every language has every string, and no string is empty", () => {
    const expected = keys(en).sort();
    expect(keys(zhHans).sort()).toEqual(expected);
    expect(keys(zhHant).sort()).toEqual(expected);
    for (const messages of [en, zhHans, zhHant]) {
      expect(JSON.stringify(messages)).not.toContain('""');
    }
  });
});
