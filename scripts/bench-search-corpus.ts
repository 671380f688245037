/**
 * Articles for `npm run bench:search`, written from the sample's own vocabulary: Chinese
 * copy recombines the real clauses of the Dezhou Daily report (with the officials'
 * names varied, so that some names are rare), in Traditional as printed or converted to
 * Simplified; English copy recombines a translation of the same report's phrases.
 * Seeded, so every run indexes the same text.
 */
import { toSimplified } from "../lib/content/script-convert";
import { readSampleText, repairSampleText } from "../prisma/seed/sample-article";
import { splitTrailingCredits } from "../lib/content/credit-lines";
import { removeAnnotations } from "../lib/content/annotations";

export type BenchArticle = {
  language: "zh-Hant" | "zh-Hans" | "en";
  headline: string;
  dek: string;
  paragraphs: string[];
  names: string[];
};

/** mulberry32: small, fast, seeded. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = ["李", "楊", "張", "劉", "景", "董", "范", "馬", "邵", "王"];
const GIVEN = Array.from("猛洪濤傳忠長民文新紹輝桂愛宇俊昀浩賀榕");
const TITLES = ["市委書記", "市長", "市委副書記", "副市長", "市領導", "區長", "縣委書記"];

const EN_SUBJECTS = [
  "The municipal leading group for COVID-19 prevention and control",
  "The secretary of the municipal Party committee",
  "The mayor of Dezhou",
  "Officials in Dezhou",
  "Experts from the municipal disease control centre",
  "Doctors at the municipal people's hospital",
  "Enterprises across the city",
  "Departments at all levels",
  "Community workers",
];
const EN_VERBS = [
  "held a meeting on",
  "stressed",
  "called for stronger",
  "reported progress on",
  "pledged to step up",
  "outlined measures for",
  "reviewed",
  "made arrangements for",
];
const EN_OBJECTS = [
  "epidemic prevention and control",
  "the resumption of work and production",
  "stable economic growth",
  "the supply of medical materials",
  "rural revitalisation",
  "key construction projects",
  "the supply of daily necessities",
  "screening and management in urban communities",
  "public health services",
  "employment and people's livelihoods",
  "preventing imported cases and the spread of the virus",
  "spring farming",
  "industrial, supply and capital chains",
  "water, power, gas and heating lifelines",
];
const EN_TAILS = [
  "on Wednesday",
  "as the outbreak reached a critical stage",
  "in line with the provincial committee's requirements",
  "while holding the line on epidemic control",
  "to ensure a steady start to the first quarter",
  "with science-based and targeted policies",
  "and asked officials to take responsibility",
];

/** The sample's clauses (split at Chinese punctuation), annotations and credits removed. */
function sampleClauses(): string[] {
  const lines = repairSampleText(readSampleText())
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const body = splitTrailingCredits(lines).body.map((line) => removeAnnotations(line));
  const clauses = body.flatMap((line) => line.split(/[，。、；：！？“”,]/u));
  return [...new Set(clauses.map((clause) => clause.trim()).filter((c) => c.length >= 2))];
}

export function createCorpus(seed = 20200212) {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const clauses = sampleClauses();
  const headlineClauses = clauses.filter((c) => c.length >= 6 && c.length <= 22);
  const name = () => pick(SURNAMES) + pick(GIVEN) + (random() < 0.6 ? pick(GIVEN) : "");

  function chinese(): BenchArticle {
    const names = [name(), name()];
    const sentence = () => {
      const parts = Array.from({ length: between(2, 5) }, () => pick(clauses));
      const lead = random() < 0.3 ? `${pick(names)}強調，` : "";
      return `${lead}${parts.join("，")}。`;
    };
    const paragraphs = Array.from({ length: between(2, 7) }, () =>
      Array.from({ length: between(1, 3) }, sentence).join(""),
    );
    paragraphs.push(`${pick(TITLES)}${names[0]}、${pick(TITLES)}${names[1]}出席會議。`);
    // Latin in Chinese copy, as the paper prints it: the English name of the disease, the
    // paper's own name in a dateline.
    if (random() < 0.3) paragraphs[0] = paragraphs[0]!.replace("新冠肺炎", "新冠肺炎（COVID-19）");
    if (random() < 0.2) paragraphs[0] = `德州日報 Dezhou Daily 訊　${paragraphs[0]}`;
    const article: BenchArticle = {
      language: "zh-Hant",
      headline: random() < 0.3 ? `${names[0]}：${pick(headlineClauses)}` : pick(headlineClauses),
      dek: `${pick(TITLES)}${names[0]}${pick(clauses)}，${pick(clauses)}。`,
      paragraphs,
      names,
    };
    if (random() < 0.7) return article;
    return {
      ...article,
      language: "zh-Hans",
      headline: toSimplified(article.headline),
      dek: toSimplified(article.dek),
      paragraphs: article.paragraphs.map(toSimplified),
    };
  }

  function english(): BenchArticle {
    const sentence = () =>
      `${pick(EN_SUBJECTS)} ${pick(EN_VERBS)} ${pick(EN_OBJECTS)} ${pick(EN_TAILS)}.`;
    const object = pick(EN_OBJECTS);
    return {
      language: "en",
      headline: `Dezhou ${pick(["steps up", "plans", "reviews", "pushes"])} ${object}`,
      dek: sentence(),
      paragraphs: Array.from({ length: between(3, 8) }, () =>
        Array.from({ length: between(1, 3) }, sentence).join(" "),
      ),
      names: [],
    };
  }

  return { next: (): BenchArticle => (random() < 0.15 ? english() : chinese()), random };
}
