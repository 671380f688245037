import { describe, expect, it } from "vitest";
import { csvCell } from "@/lib/content/csv";
import { budgetCsv, type BudgetCsvWords } from "./budget-csv";
import type { BudgetDay } from "./get-budget-day";
import type { BudgetItem } from "./load-budget-items";

/** A small RFC 4180 reader, to read the file back as a spreadsheet would. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

const item = (overrides: Partial<BudgetItem>): BudgetItem => ({
  id: "00000000-0000-7000-8000-000000000001",
  day: "2031-03-20",
  headline: "標題",
  sectionId: null,
  webSlot: null,
  printPage: null,
  assignees: [],
  deadline: null,
  expectedLength: null,
  lengthUnit: "CHARACTERS",
  actualLength: null,
  state: "UNASSIGNED",
  stage: null,
  article: null,
  ...overrides,
});

const words: BudgetCsvWords = {
  header: ["Day", "Section", "Headline"],
  section: (section) => section?.nameEn ?? "No section",
  state: (state) => ({ IN_REVIEW: "In review" })[state as "IN_REVIEW"] ?? state,
  stage: (stage) => stage.name.en,
  role: (role) => role.toLowerCase(),
  unit: (unit) => unit.toLowerCase(),
};

describe("the budget's CSV", () => {
  it("starts with a BOM and reads back cell for cell: commas, quotes, line breaks, formulas", () => {
    const budget: BudgetDay = {
      day: "2031-03-20",
      sections: [],
      people: [],
      totals: { items: 2, published: 0 },
      groups: [
        {
          section: null,
          items: [
            item({
              headline: '他說："好, 就這樣"\n第二行',
              webSlot: '=HYPERLINK("http://x")',
              printPage: "@A3",
              assignees: [
                {
                  userId: "u",
                  name: "+王賀",
                  role: "REPORTER",
                  status: "ACCEPTED",
                  deadline: new Date("2031-03-20T02:00:00Z"),
                },
              ],
              deadline: new Date("2031-03-20T02:00:00Z"),
              expectedLength: 1200,
              actualLength: 1180,
              state: "IN_REVIEW",
              stage: {
                key: "first-review",
                name: { hant: "初審", hans: "初审", en: "First review" },
                kind: "review",
                roles: [],
                deskHeads: false,
                userIds: [],
              },
              article: { id: "a1", dueAt: null, createdById: "someone", mayOpen: true },
            }),
            item({ headline: "-5 度" }),
          ],
        },
      ],
    };
    const text = budgetCsv(budget, words, { timeZone: "Asia/Shanghai", origin: "https://x.test" });
    expect(text.startsWith("\uFEFF")).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(["Day", "Section", "Headline"]);
    expect(rows[1]).toEqual([
      "2031-03-20",
      "No section",
      '他說："好, 就這樣"\n第二行',
      "In review",
      "First review",
      '\'=HYPERLINK("http://x")',
      "'@A3",
      "'+王賀 (reporter)",
      "2031-03-20 10:00",
      "1200",
      "characters",
      "1180",
      "https://x.test/newsroom/articles/a1",
    ]);
    expect(rows[2]![2]).toBe("'-5 度");
    expect(rows).toHaveLength(3);
  });

  it("leaves numbers and plain text alone", () => {
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell("要聞")).toBe("要聞");
    expect(csvCell(null)).toBe("");
  });
});
