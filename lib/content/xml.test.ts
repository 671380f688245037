import { describe, expect, it } from "vitest";
import { parseXml } from "@/lib/testing/xml";
import { cdata, escapeXml, toXmlChars } from "./xml";

describe("XML text", () => {
  it("escapes markup and entities, and drops characters XML 1.0 cannot carry", () => {
    expect(escapeXml(`<script>"a" & 'b' ]]>`)).toBe(
      "&lt;script&gt;&quot;a&quot; &amp; &apos;b&apos; ]]&gt;",
    );
    expect(toXmlChars("a\u0000b\u0008c\u001Fd\uFFFEe\uD800f\tg\nh")).toBe("abcdef\tg\nh");
    // Han text and characters beyond the BMP pass untouched.
    expect(toXmlChars("疫情防控 𠮷")).toBe("疫情防控 𠮷");
  });

  it("keeps a ]]> inside CDATA from ending the section early", () => {
    const html = "<p>a ]]> b <script>x</script> ]]]]> c</p>";
    const doc = parseXml(`<r>${cdata(html)}</r>`);
    expect(doc.r).toBe(html);
  });
});
