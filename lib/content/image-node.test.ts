import { describe, expect, it } from "vitest";
import type { Doc } from "./doc";
import { docToPlainText, paragraphCount } from "./doc";
import { galleySchema } from "./editor-extensions";
import { docImages, docMediaIds, IMAGE_LIMITS, imageAlt } from "./image-node";
import { convertDoc } from "./script-convert";
import { validateDoc } from "./validate-doc";

const MEDIA_ID = "0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b";
const OTHER_ID = "0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6c";

const image = (attrs: Record<string, unknown>) => ({ type: "image", attrs });
const p = (value: string) => ({ type: "paragraph", content: [{ type: "text", text: value }] });
const doc = (...content: unknown[]) => ({ type: "doc", content });

function refusal(input: unknown) {
  const result = validateDoc(input);
  if (result.ok) throw new Error("expected a refusal");
  return result;
}

describe("the image node", () => {
  it("is a block atom of the shared schema with exactly four attributes", () => {
    const type = galleySchema().nodes.image;
    expect(type?.isBlock).toBe(true);
    expect(type?.isAtom).toBe(true);
    expect(Object.keys(type?.spec.attrs ?? {}).sort()).toEqual([
      "alt",
      "caption",
      "credit",
      "mediaId",
    ]);
  });

  it("is accepted with its attributes, and defaults filled in", () => {
    const full = { mediaId: MEDIA_ID, alt: "兩名工人", caption: "德州街頭", credit: "攝影｜王賀" };
    const result = validateDoc(doc(p("前"), image(full), p("後")));
    expect(result.ok && result.doc.content[1]).toEqual({ type: "image", attrs: full });
    const bare = validateDoc(doc(image({ mediaId: MEDIA_ID })));
    expect(bare.ok && bare.doc.content[0]).toEqual({
      type: "image",
      attrs: { mediaId: MEDIA_ID, alt: "", caption: null, credit: null },
    });
  });

  it("is accepted inside a quote or a list, as any block", () => {
    const quoted = doc({ type: "blockquote", content: [image({ mediaId: MEDIA_ID })] });
    expect(validateDoc(quoted).ok).toBe(true);
  });

  it("is refused without a media id, or with one that is not a UUID", () => {
    expect(refusal(doc(image({}))).message).toBe(
      "The element “image” has an invalid value for “mediaId”.",
    );
    expect(refusal(doc(image({ mediaId: "../etc/passwd" }))).message).toContain("“mediaId”");
    expect(refusal(doc(image({ mediaId: 42 }))).message).toContain("“mediaId”");
  });

  it("is refused with attributes of the wrong type or too long", () => {
    const bad = (attrs: Record<string, unknown>) =>
      refusal(doc(image({ mediaId: MEDIA_ID, ...attrs }))).message;
    expect(bad({ alt: null })).toContain("“alt”");
    expect(bad({ alt: "a".repeat(IMAGE_LIMITS.alt + 1) })).toContain("“alt”");
    expect(bad({ caption: 3 })).toContain("“caption”");
    expect(bad({ caption: "字".repeat(IMAGE_LIMITS.caption + 1) })).toContain("“caption”");
    expect(bad({ credit: "x".repeat(IMAGE_LIMITS.credit + 1) })).toContain("“credit”");
    expect(
      validateDoc(doc(image({ mediaId: MEDIA_ID, alt: "a".repeat(IMAGE_LIMITS.alt) }))).ok,
    ).toBe(true);
  });

  it("is refused with an attribute Galley does not know (src, width, style)", () => {
    for (const name of ["src", "width", "style", "onerror"]) {
      expect(refusal(doc(image({ mediaId: MEDIA_ID, [name]: "x" }))).message).toBe(
        `The element “image” has an attribute Galley does not support: “${name}”.`,
      );
    }
  });

  it("cannot hold content", () => {
    expect(
      refusal(doc({ type: "image", attrs: { mediaId: MEDIA_ID }, content: [p("x")] })).code,
    ).toBe("INVALID_DOCUMENT");
  });
});

describe("image helpers", () => {
  const body = doc(
    image({ mediaId: MEDIA_ID, alt: " ", caption: "一" }),
    {
      type: "bulletList",
      content: [{ type: "listItem", content: [p("x"), image({ mediaId: OTHER_ID })] }],
    },
    image({ mediaId: MEDIA_ID.toUpperCase(), alt: "again" }),
  );

  it("find every image in document order, at any depth, and the distinct ids", () => {
    expect(docImages(body).map((found) => found.mediaId)).toEqual([
      MEDIA_ID,
      OTHER_ID,
      MEDIA_ID.toUpperCase(),
    ]);
    expect(docMediaIds(body)).toEqual([MEDIA_ID, OTHER_ID]);
    expect(docMediaIds(doc(p("no images")))).toEqual([]);
  });

  it("take this use's alt text first, then the library's, blank counting as none", () => {
    expect(imageAlt("Workers", "Library alt")).toBe("Workers");
    expect(imageAlt("  ", "Library alt")).toBe("Library alt");
    expect(imageAlt("", null)).toBe("");
    expect(imageAlt(undefined, " ")).toBe("");
  });

  it("leave text counts and plain text alone", () => {
    const withImage = doc(p("正文"), image({ mediaId: MEDIA_ID, caption: "圖說" })) as Doc;
    expect(docToPlainText(withImage)).toBe("正文");
    expect(paragraphCount(withImage)).toBe(1);
  });

  it("convert the caption and alt text between scripts, never the credit", () => {
    const converted = convertDoc(
      doc(
        image({ mediaId: MEDIA_ID, alt: "兩個工人", caption: "德州發展", credit: "攝影｜王賀" }),
      ) as Doc,
      "hant",
    );
    expect(converted.content[0]).toEqual({
      type: "image",
      attrs: { mediaId: MEDIA_ID, alt: "兩個工人", caption: "德州發展", credit: "攝影｜王賀" },
    });
    const simplified = convertDoc(converted, "hans");
    expect(simplified.content[0]).toMatchObject({
      attrs: { alt: "两个工人", caption: "德州发展", credit: "攝影｜王賀" },
    });
  });
});
