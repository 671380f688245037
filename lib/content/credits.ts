/**
 * Credits as a newspaper prints them, from structured bylines. Chinese copy prints
 * `記者｜王賀　編輯｜李榕` and the producing unit as `德州日報新媒體出品`; English copy
 * leads with "By …" and ends with "Photo: …", "Edited by …", "Produced by …".
 */
export const BYLINE_ROLES = [
  "REPORTER",
  "CORRESPONDENT",
  "WRITER",
  "PHOTOGRAPHER",
  "VIDEOGRAPHER",
  "ILLUSTRATOR",
  "TRANSLATOR",
  "EDITOR",
  "RESPONSIBLE_EDITOR",
  "PRODUCER",
] as const;
export type BylineRole = (typeof BYLINE_ROLES)[number];
export type ArticleLanguage = "zh-Hant" | "zh-Hans" | "en";

export type CreditPerson = { name: string; slug?: string };
export type CreditEntry = CreditPerson & { role: BylineRole; kind?: "PERSON" | "ORGANIZATION" };
export type CreditGroup = { role: BylineRole; label: string; people: CreditPerson[] };

const ZH_HANT: Record<BylineRole, string> = {
  REPORTER: "記者",
  CORRESPONDENT: "通訊員",
  WRITER: "撰稿",
  PHOTOGRAPHER: "攝影",
  VIDEOGRAPHER: "攝像",
  ILLUSTRATOR: "插圖",
  TRANSLATOR: "翻譯",
  EDITOR: "編輯",
  RESPONSIBLE_EDITOR: "責任編輯",
  PRODUCER: "出品",
};
const ZH_HANS: Record<BylineRole, string> = {
  REPORTER: "记者",
  CORRESPONDENT: "通讯员",
  WRITER: "撰稿",
  PHOTOGRAPHER: "摄影",
  VIDEOGRAPHER: "摄像",
  ILLUSTRATOR: "插图",
  TRANSLATOR: "翻译",
  EDITOR: "编辑",
  RESPONSIBLE_EDITOR: "责任编辑",
  PRODUCER: "出品",
};
const EN: Record<BylineRole, string> = {
  REPORTER: "By",
  CORRESPONDENT: "By",
  WRITER: "By",
  PHOTOGRAPHER: "Photo:",
  VIDEOGRAPHER: "Video:",
  ILLUSTRATOR: "Illustration:",
  TRANSLATOR: "Translated by",
  EDITOR: "Edited by",
  RESPONSIBLE_EDITOR: "Edited by",
  PRODUCER: "Produced by",
};

export function roleLabel(role: BylineRole, language: ArticleLanguage): string {
  const table = language === "zh-Hant" ? ZH_HANT : language === "zh-Hans" ? ZH_HANS : EN;
  return table[role];
}

/** Groups credits by role in first-appearance order; in English the "By" roles merge. */
export function groupCredits(credits: CreditEntry[], language: ArticleLanguage): CreditGroup[] {
  const groups: CreditGroup[] = [];
  for (const credit of credits) {
    const label = roleLabel(credit.role, language);
    const key = language === "en" ? label : credit.role;
    const existing = groups.find((group) => (language === "en" ? group.label : group.role) === key);
    const person = { name: credit.name, ...(credit.slug ? { slug: credit.slug } : {}) };
    if (existing) existing.people.push(person);
    else groups.push({ role: credit.role, label, people: [person] });
  }
  return groups;
}

function joinNames(names: string[], language: ArticleLanguage): string {
  if (language !== "en") return names.join("、");
  if (names.length <= 2) return names.join(" and ");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** One group as printed text, e.g. `記者｜王賀`, `德州日報新媒體出品`, `By Jane Okafor and Tom Lindqvist`. */
export function formatCreditGroup(group: CreditGroup, language: ArticleLanguage): string {
  const names = joinNames(
    group.people.map((person) => person.name),
    language,
  );
  if (language === "en") return `${group.label} ${names}`;
  if (group.role === "PRODUCER") return `${names}${group.label}`;
  return `${group.label}｜${names}`;
}

/** The whole credit block as plain text, for feeds and plain-text exports. */
export function formatCredits(credits: CreditEntry[], language: ArticleLanguage): string {
  const groups = groupCredits(credits, language);
  const separator = language === "en" ? ". " : "　";
  const producers = groups.filter((group) => group.role === "PRODUCER");
  const people = groups.filter((group) => group.role !== "PRODUCER");
  return [...producers, ...people]
    .map((group) => formatCreditGroup(group, language))
    .join(separator);
}
