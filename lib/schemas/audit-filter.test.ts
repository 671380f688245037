import { describe, expect, it } from "vitest";
import { parseAuditFilter } from "./audit-filter";

describe("parseAuditFilter", () => {
  it("keeps the filters it can read and reports the rest", () => {
    expect(
      parseAuditFilter({
        who: "",
        what: "publish-update",
        from: "2026-02-30",
        to: "2026-13-45",
        article: "  供暖 ",
      }),
    ).toEqual({
      filter: { what: "publish-update", article: "供暖" },
      invalid: ["from", "to"],
    });
    expect(parseAuditFilter({ what: "drop table", who: "nobody" }).invalid).toEqual([
      "who",
      "what",
    ]);
  });
});
