import { describe, expect, it } from "vitest";
import type { Doc } from "./doc";
import { IMAGE_SIZES, safeMediaUrl, withAbsoluteMediaUrls, type ImageMedia } from "./image-html";
import { renderDocToHtml } from "./render-html";

const ID = "0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b";
const SUM = "ab".repeat(32);
const PLACEHOLDER = "data:image/webp;base64,UklGRh4AAABXRUJQVlA4=";

function variants(widths: number[]) {
  // Deliberately out of order: the renderer sorts them.
  return ["jpeg", "webp", "avif"].flatMap((format) =>
    widths.map((width) => ({
      width,
      height: Math.round((width * 2) / 3),
      format,
      url: `/media/v/${SUM}/${width}.${format === "jpeg" ? "jpg" : format}`,
    })),
  );
}

const media = (patch: Partial<ImageMedia> = {}): ImageMedia => ({
  id: ID,
  url: `/media/o/${SUM}.jpg`,
  width: 2400,
  height: 1600,
  alt: null,
  placeholder: PLACEHOLDER,
  variants: variants([1280, 320, 1920, 640, 960]),
  ...patch,
});

const image = (attrs: Record<string, unknown>) => ({
  type: "image",
  attrs: { mediaId: ID, ...attrs },
});
const p = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const render = (content: unknown[], item: ImageMedia | null = media()) =>
  renderDocToHtml({ type: "doc", content } as Doc, {
    media: new Map(item ? [[ID, item]] : []),
  });

describe("renderDocToHtml: images", () => {
  it("renders a figure with AVIF and WebP sources, a JPEG fallback and the caption", () => {
    const html = render([
      image({ alt: "Two workers", caption: "On Main Street", credit: "Wang He" }),
    ]);
    const set = (ext: string) =>
      [320, 640, 960, 1280, 1920].map((w) => `/media/v/${SUM}/${w}.${ext} ${w}w`).join(", ");
    expect(html).toBe(
      '<figure class="article-image"><picture>' +
        `<source type="image/avif" srcset="${set("avif")}" sizes="${IMAGE_SIZES}">` +
        `<source type="image/webp" srcset="${set("webp")}" sizes="${IMAGE_SIZES}">` +
        `<img src="/media/v/${SUM}/960.jpg" srcset="${set("jpg")}" sizes="${IMAGE_SIZES}"` +
        ' width="2400" height="1600" alt="Two workers" loading="eager" decoding="async"' +
        ` style="background-image:url(${PLACEHOLDER});background-size:cover">` +
        "</picture><figcaption>" +
        '<span class="image-caption">On Main Street</span> <small class="image-credit">Wang He</small>' +
        "</figcaption></figure>",
    );
    expect(IMAGE_SIZES).toBe("(min-width: 40rem) 40rem, 100vw");
  });

  it("serves the original alone before the variants exist", () => {
    const html = render([image({ alt: "x" })], media({ variants: [] }));
    expect(html).not.toContain("<source");
    expect(html).not.toContain("srcset");
    expect(html).toContain(`<img src="/media/o/${SUM}.jpg" width="2400" height="1600" alt="x"`);
  });

  it("loads only an image on the first screen eagerly, every later one lazily", () => {
    const html = render([image({}), p("text"), image({}), p("more"), image({})]);
    expect(html.match(/loading="(\w+)"/g)).toEqual([
      'loading="eager"',
      'loading="lazy"',
      'loading="lazy"',
    ]);
    const late = render([p("a"), p("b"), image({})]);
    expect(late).toContain('loading="lazy"');
  });

  it("escapes alt text, caption and credit", () => {
    const html = render([
      image({ alt: '"><script>x</script>', caption: "<b>& 'q'</b>", credit: "攝影｜<i>王賀</i>" }),
    ]);
    expect(html).toContain('alt="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
    expect(html).toContain(
      '<span class="image-caption">&lt;b&gt;&amp; &#39;q&#39;&lt;/b&gt;</span>',
    );
    expect(html).toContain('<small class="image-credit">攝影｜&lt;i&gt;王賀&lt;/i&gt;</small>');
    expect(html).not.toContain("<script");
  });

  it('uses the library\'s alt text when this use has none, and alt="" when neither has', () => {
    expect(render([image({ alt: " " })], media({ alt: "From the library" }))).toContain(
      'alt="From the library"',
    );
    expect(render([image({})])).toContain('alt=""');
  });

  it("leaves out the figcaption when there is neither caption nor credit", () => {
    expect(render([image({ caption: " ", credit: null })])).not.toContain("figcaption");
    expect(render([image({ credit: "Reuters" })])).toContain(
      '<figcaption><small class="image-credit">Reuters</small></figcaption>',
    );
  });

  it("leaves out an image whose media is unknown or whose URL is unsafe", () => {
    expect(render([image({}), p("kept")], null)).toBe("<p>kept</p>");
    expect(render([image({})], media({ url: "javascript:alert(1)" }))).toBe("");
    expect(render([image({})], media({ width: 0 }))).toBe("");
  });

  it("drops variants with unusable URLs and a placeholder that is not a raster data: URL", () => {
    const html = render(
      [image({})],
      media({
        placeholder: "data:image/svg+xml,<svg onload=alert(1)>",
        variants: [
          { width: 320, height: 213, format: "webp", url: "/media/v/a/320.webp 9999w, /x" },
          { width: 640, height: 427, format: "webp", url: "/media/v/a/640.webp" },
        ],
      }),
    );
    expect(html).toContain('srcset="/media/v/a/640.webp 640w"');
    expect(html).not.toContain("9999w");
    expect(html).not.toContain("style=");
  });

  it("finds the media by id whatever the id's case", () => {
    expect(render([image({ mediaId: ID.toUpperCase() })])).toContain("<figure");
  });
});

describe("safeMediaUrl", () => {
  it("accepts same-site paths and http(s) URLs only", () => {
    expect(safeMediaUrl("/media/o/abc.jpg")).toBe("/media/o/abc.jpg");
    expect(safeMediaUrl("https://cdn.example.com/m/a.jpg")).toBe("https://cdn.example.com/m/a.jpg");
    expect(safeMediaUrl("//evil.example/a.jpg")).toBeNull();
    expect(safeMediaUrl("data:image/png;base64,AAAA")).toBeNull();
    expect(safeMediaUrl("/a b.jpg")).toBeNull();
    expect(safeMediaUrl("/a.jpg,/b.jpg")).toBeNull();
  });
});

describe("withAbsoluteMediaUrls", () => {
  it("makes every image URL absolute for feeds and the API, and leaves the rest alone", () => {
    const html = render([image({ caption: 'src="/x"' }), p("text")]);
    const absolute = withAbsoluteMediaUrls(html, "https://news.example.com/");
    expect(absolute).toContain(`<img src="https://news.example.com/media/v/${SUM}/960.jpg"`);
    expect(absolute).toContain(
      `srcset="https://news.example.com/media/v/${SUM}/320.avif 320w, https://news.example.com/media/v/${SUM}/640.avif 640w,`,
    );
    expect(absolute).not.toMatch(/[" ]\/media\//);
    expect(absolute).toContain("src=&quot;/x&quot;");
    expect(absolute).toContain(`background-image:url(${PLACEHOLDER})`);
    expect(withAbsoluteMediaUrls("<p>no images</p>", "https://a.example")).toBe("<p>no images</p>");
  });
});
