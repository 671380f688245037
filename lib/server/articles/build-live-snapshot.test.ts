import { describe, expect, it } from "vitest";
import { emptyArticleFields } from "@/lib/schemas/article-fields";
import { fieldsToColumns } from "./article-columns";
import { buildLiveSnapshot } from "./build-live-snapshot";

const commentId = "0b7e8c1a-4d2f-4c8e-9a1b-2f3c4d5e6f70";

describe("buildLiveSnapshot", () => {
  it("freezes the body without inline comment marks, in the JSON and in the HTML", () => {
    const body = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "The council met on " },
            { type: "text", text: "Monday", marks: [{ type: "comment", attrs: { commentId } }] },
            { type: "text", text: "." },
          ],
        },
      ],
    };
    const snapshot = buildLiveSnapshot(
      {
        id: "a",
        version: 3,
        // Every other column from the field map, as a new article stores it.
        ...(fieldsToColumns(
          emptyArticleFields({ headline: "H", slug: "h", language: "en", body }),
        ) as Omit<
          Parameters<typeof buildLiveSnapshot>[0],
          "id" | "version" | "publishedAt" | "tags" | "bylines"
        >),
        publishedAt: null,
        tags: [],
        bylines: [],
      },
      { number: 1, now: new Date(), actorId: null },
    );
    expect(snapshot.body).toEqual({
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "The council met on Monday." }] },
      ],
    });
    expect(snapshot.bodyHtml).toBe("<p>The council met on Monday.</p>");
    expect(JSON.stringify(snapshot)).not.toContain(commentId);
  });
});
