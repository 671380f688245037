import { isAllowedLinkHref, normalizeLinkHref } from "./link-mark";
import { Node as PMNode } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { editorExtensions, galleySchema } from "./editor-extensions";

const names = (options?: { placeholder?: string }) =>
  editorExtensions(options).map((extension) => extension.name);

describe("galleySchema", () => {
  it("holds exactly Galley's node and mark types", () => {
    const schema = galleySchema();
    expect(Object.keys(schema.nodes).sort()).toEqual(
      [
        "blockquote",
        "bulletList",
        "doc",
        "hardBreak",
        "heading",
        "horizontalRule",
        "image",
        "listItem",
        "orderedList",
        "paragraph",
        "pullQuote",
        "ruby",
        "table",
        "tableCell",
        "tableHeader",
        "tableRow",
        "text",
      ].sort(),
    );
    expect(Object.keys(schema.marks).sort()).toEqual(
      [
        "bold",
        "comment",
        "deletion",
        "insertion",
        "italic",
        "link",
        "modification",
        "strike",
        "underline",
      ].sort(),
    );
  });

  it("is built once and shared", () => {
    expect(galleySchema()).toBe(galleySchema());
  });

  it("makes ruby an inline atom with string base and reading", () => {
    const ruby = galleySchema().nodes.ruby!;
    expect(ruby.isInline && ruby.isAtom && ruby.isLeaf).toBe(true);
    const node = ruby.create({ base: "領", reading: "lǐng" });
    expect(node.toJSON()).toEqual({ type: "ruby", attrs: { base: "領", reading: "lǐng" } });
    expect(ruby.spec.toDOM?.(node)).toEqual([
      "ruby",
      {},
      "領",
      ["rp", {}, "("],
      ["rt", {}, "lǐng"],
      ["rp", {}, ")"],
    ]);
    expect(() => ruby.create({ base: 1, reading: "x" }).check()).toThrow();
  });

  it("parses <ruby> into base and reading, ignoring <rp>", () => {
    // A stand-in for <ruby>領<rp>(</rp><rt>lǐng</rt><rp>)</rp></ruby>: the server has no DOM.
    const el = (nodeName: string, textContent: string) => ({ nodeName, textContent });
    const children = [el("#text", "領"), el("RP", "("), el("RT", "lǐng"), el("RP", ")")];
    const ruby = {
      getAttribute: () => null,
      childNodes: { forEach: (fn: (child: unknown) => void) => children.forEach(fn) },
      querySelectorAll: (selector: string) =>
        children.filter((c) => c.nodeName === selector.toUpperCase()),
    };
    const rule = galleySchema().nodes.ruby!.spec.parseDOM?.[0];
    expect(rule?.tag).toBe("ruby");
    expect(rule?.getAttrs?.(ruby as unknown as HTMLElement)).toEqual({
      base: "領",
      reading: "lǐng",
    });
  });

  it("renders a pull quote as an aside and parses it back from one", () => {
    const pullQuote = galleySchema().nodes.pullQuote!;
    expect(pullQuote.spec.group).toBe("block");
    expect(pullQuote.spec.toDOM?.(pullQuote.create())).toEqual([
      "aside",
      { class: "pull-quote" },
      0,
    ]);
    expect(pullQuote.spec.parseDOM).toEqual([expect.objectContaining({ tag: "aside.pull-quote" })]);
  });

  it("allows only heading levels 2 and 3 from HTML", () => {
    const tags = galleySchema().nodes.heading!.spec.parseDOM?.map((rule) => rule.tag);
    expect(tags).toEqual(["h2", "h3"]);
  });

  it("round-trips a table through ProseMirror JSON with TableKit's attr names", () => {
    const json = {
      type: "doc",
      content: [
        {
          type: "table",
          content: [
            {
              type: "tableRow",
              content: [
                {
                  type: "tableHeader",
                  attrs: { colspan: 2, rowspan: 1, colwidth: null, align: null },
                  content: [{ type: "paragraph", content: [{ type: "text", text: "頭" }] }],
                },
              ],
            },
          ],
        },
      ],
    };
    const node = PMNode.fromJSON(galleySchema(), json);
    node.check();
    expect(node.toJSON()).toEqual(json);
  });
});

describe("editorExtensions", () => {
  it("adds the placeholder only when asked, and never code or code blocks", () => {
    expect(names()).not.toContain("placeholder");
    expect(names({ placeholder: "正文" })).toContain("placeholder");
    const schema = galleySchema();
    expect(schema.nodes.codeBlock).toBeUndefined();
    expect(schema.marks.code).toBeUndefined();
  });
});

describe("isAllowedLinkHref", () => {
  it("keeps http, https and mailto only, and refuses relative links", () => {
    expect(isAllowedLinkHref("https://example.com/a")).toBe(true);
    expect(isAllowedLinkHref("http://example.com")).toBe(true);
    expect(isAllowedLinkHref("mailto:desk@example.com")).toBe(true);
    for (const href of [
      "javascript:alert(1)",
      " jAvAsCrIpT:x",
      "data:text/html,x",
      "/a",
      "",
      undefined,
    ]) {
      expect(isAllowedLinkHref(href)).toBe(false);
    }
  });
});

describe("normalizeLinkHref", () => {
  it("adds https to bare domains and mailto to addresses", () => {
    expect(normalizeLinkHref(" example.com/a ")).toBe("https://example.com/a");
    expect(normalizeLinkHref("example.com:8080/x")).toBe("https://example.com:8080/x");
    expect(normalizeLinkHref("desk@example.com")).toBe("mailto:desk@example.com");
    expect(normalizeLinkHref("https://example.com")).toBe("https://example.com/");
  });

  it("refuses other schemes, single words and empty input", () => {
    expect(normalizeLinkHref("javascript:alert(1)")).toBeNull();
    expect(normalizeLinkHref("ftp://example.com")).toBeNull();
    expect(normalizeLinkHref("localhost")).toBeNull();
    expect(normalizeLinkHref("   ")).toBeNull();
  });
});
