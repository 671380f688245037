import { describe, expect, it } from "vitest";
import { jsonByteLength, utf8Length } from "./json-size";

describe("utf8Length", () => {
  it("agrees with TextEncoder for ASCII, accents, Han and astral characters", () => {
    for (const text of ["", "abc", "lǐng", "領導", "𠀀𪚥", "emoji 😀 mixed 中文"]) {
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
    }
  });
});

describe("jsonByteLength", () => {
  it("measures the JSON text, quotes and escapes included", () => {
    expect(jsonByteLength({ a: "字" })).toBe('{"a":"字"}'.length + 2);
    expect(jsonByteLength("a\nb")).toBe(6);
  });

  it("returns null for what is not JSON", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(jsonByteLength(cyclic)).toBeNull();
    expect(jsonByteLength(undefined)).toBeNull();
    expect(jsonByteLength(10n)).toBeNull();
  });

  it("stops counting exactly once the string alone is past the limit", () => {
    expect(jsonByteLength("a".repeat(100), 10)).toBeGreaterThan(10);
    expect(jsonByteLength("字".repeat(5), 100)).toBe(17);
  });
});
