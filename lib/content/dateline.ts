/**
 * Datelines and suggested headlines from the lead paragraph. Chinese reports open
 * with `本報訊`, a date (`2月12日,`) or agency, place and date (`新華社北京2月12日電`);
 * wire copy in English opens with `BEIJING (Reuters) —`. Galley stores the dateline
 * apart from the body, and the first clause after it makes a fair first headline.
 */
import { removeAnnotations } from "./annotations";

export type Dateline = { place?: string; date?: { month: number; day: number } };

const AGENCY = "新華社|新华社|中新社|中新網|中新网|人民網|人民网|本報|本报";
const CREDIT_PARENS = "(?:[（(][^）)]{1,30}[）)])";
const ZH_DATELINE = new RegExp(
  `^(?:(?:本報訊|本报讯)\\s*${CREDIT_PARENS}?\\s*)?` +
    `(?:(${AGENCY})(\\p{Script=Han}{2,6}?))?` +
    `(?:\\d{4}年)?(\\d{1,2})月(\\d{1,2})日(?:電|电|訊|讯|消息)?\\s*${CREDIT_PARENS}?[\\s,，、:：]*`,
  "u",
);
const ZH_OPENING = new RegExp(`^(?:本報訊|本报讯)\\s*${CREDIT_PARENS}?[\\s,，、:：]*`, "u");

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const EN_DATELINE =
  /^([A-Z][A-Z .'-]*[A-Z])(?:,\s*([A-Z][a-z]{2,8})\.?\s+(\d{1,2}))?\s*(?:\([^)]{1,30}\))?\s*(?:—|–|--|-)\s*/u;

function validDate(month: number, day: number): { month: number; day: number } | undefined {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { month, day } : undefined;
}

/** The dateline at the start of the lead, and the lead without it. */
export function parseDateline(lead: string): { dateline: Dateline; rest: string } {
  // NFKC turns fullwidth digits (２月１２日) into ASCII ones.
  const text = removeAnnotations(lead).normalize("NFKC").trim();
  const zh = ZH_DATELINE.exec(text);
  if (zh) {
    const date = validDate(Number(zh[3]), Number(zh[4]));
    const place = zh[2];
    return {
      dateline: { ...(place ? { place } : {}), ...(date ? { date } : {}) },
      rest: text.slice(zh[0].length),
    };
  }
  const opening = ZH_OPENING.exec(text);
  if (opening) return { dateline: {}, rest: text.slice(opening[0].length) };
  const en = EN_DATELINE.exec(text);
  if (en?.[1]) {
    const monthIndex = en[2] ? MONTHS.indexOf(en[2].slice(0, 3).toLowerCase()) : -1;
    const date = monthIndex >= 0 ? validDate(monthIndex + 1, Number(en[3])) : undefined;
    return {
      dateline: { place: en[1], ...(date ? { date } : {}) },
      rest: text.slice(en[0].length),
    };
  }
  return { dateline: {}, rest: text };
}

const MAX_HEADLINE = 100;

/**
 * The lead's first clause without its dateline and annotations: for the sample,
 * 市新冠肺炎疫情防控工作領導小組召開會議. Cut at the first comma or sentence end.
 */
export function suggestHeadline(lead: string): string {
  const { rest } = parseDateline(lead);
  const clause = rest.split(/[,，。；;！!？?]|\.(?:\s|$)/u)[0]?.trim() ?? "";
  const headline = clause === "" ? rest.trim() : clause;
  return Array.from(headline).slice(0, MAX_HEADLINE).join("");
}
