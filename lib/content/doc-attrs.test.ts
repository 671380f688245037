import { describe, expect, it } from "vitest";
import { hasAttrRule, isValidAttrValue } from "./doc-attrs";
import { galleySchema } from "./editor-extensions";

describe("attribute rules", () => {
  it("name every attribute of Galley's schema, so none is refused by accident", () => {
    const schema = galleySchema();
    const missing: string[] = [];
    for (const [type, nodeType] of Object.entries(schema.nodes)) {
      for (const name of Object.keys(nodeType.spec.attrs ?? {})) {
        if (!hasAttrRule("node", type, name)) missing.push(`${type}.${name}`);
      }
    }
    for (const [type, markType] of Object.entries(schema.marks)) {
      for (const name of Object.keys(markType.spec.attrs ?? {})) {
        if (!hasAttrRule("mark", type, name)) missing.push(`${type}.${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("accept the values the editor produces", () => {
    expect(isValidAttrValue("node", "heading", "level", 3)).toBe(true);
    expect(isValidAttrValue("node", "orderedList", "start", null)).toBe(true);
    expect(isValidAttrValue("node", "orderedList", "type", "a")).toBe(true);
    expect(isValidAttrValue("node", "tableCell", "colwidth", [120, 80])).toBe(true);
    expect(isValidAttrValue("node", "tableHeader", "align", "center")).toBe(true);
    expect(isValidAttrValue("mark", "link", "target", null)).toBe(true);
    expect(isValidAttrValue("mark", "link", "rel", "noopener noreferrer nofollow")).toBe(true);
  });

  it("refuse values the editor never produces", () => {
    expect(isValidAttrValue("node", "heading", "level", 1)).toBe(false);
    expect(isValidAttrValue("node", "heading", "level", "2")).toBe(false);
    expect(isValidAttrValue("node", "orderedList", "start", 1.5)).toBe(false);
    expect(isValidAttrValue("node", "ruby", "base", { toString: "x" })).toBe(false);
    expect(isValidAttrValue("node", "tableCell", "colspan", 0)).toBe(false);
    expect(isValidAttrValue("node", "tableCell", "colspan", 1_000_000)).toBe(false);
    expect(isValidAttrValue("node", "tableCell", "colwidth", ["100px"])).toBe(false);
    expect(isValidAttrValue("node", "tableCell", "align", "justify")).toBe(false);
    expect(isValidAttrValue("mark", "link", "class", 1)).toBe(false);
  });

  it("refuse attributes no rule names, including inherited object keys", () => {
    expect(isValidAttrValue("node", "paragraph", "style", "color:red")).toBe(false);
    expect(isValidAttrValue("node", "heading", "constructor", 2)).toBe(false);
    expect(isValidAttrValue("node", "constructor", "name", "x")).toBe(false);
  });
});
