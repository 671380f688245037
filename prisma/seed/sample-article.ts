import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { textToDoc } from "../../lib/content/plain-text";

/** The sample article as it arrived: a Dezhou Daily report copied from the web. */
export const SAMPLE_PATH = fileURLToPath(
  new URL("../sample/dezhou-daily-2020-02-12.txt", import.meta.url),
);

/**
 * The copy arrived damaged (see docs/NEWSROOM.md): three characters were lost to `?` in
 * transmission. The importer points such places out and never guesses; these are the
 * repairs the desk made by reading the surviving pinyin and the context, applied before
 * the demo article is stored. A test checks that nothing damaged is left after them.
 */
export const EDITOR_REPAIRS: ReadonlyArray<{ damaged: string; repaired: string; why: string }> = [
  { damaged: "日?qǐng)?bào)", repaired: "日報(bào)", why: "報 (bào) lost in 德州日報" },
  {
    damaged: "確?!叭r(nóng)”",
    repaired: "確保“三農(nóng)”",
    why: "保 and the opening quote of “三農” mangled",
  },
  { damaged: "促?gòu)?fù)工", repaired: "促復(fù)工", why: "復 (fù) lost in 促復工" },
];

export function repairSampleText(raw: string): string {
  return EDITOR_REPAIRS.reduce(
    (text, repair) => text.replaceAll(repair.damaged, repair.repaired),
    raw,
  );
}

export function readSampleText(): string {
  return fs.readFileSync(SAMPLE_PATH, "utf8");
}

/** The sample as the demo newsroom publishes it: repaired, annotations as ruby, credits split off. */
export function buildSampleArticle() {
  const imported = textToDoc(repairSampleText(readSampleText()), { annotations: "ruby" });
  return {
    ...imported,
    headline: imported.suggestedHeadline,
    slugBase: "shi-xinguan-feiyan-yiqing-fangkong-gongzuo-lingdao-xiaozu-zhaokai-huiyi",
    datelinePlace: "德州",
    datelineDate: new Date(Date.UTC(2020, 1, 12)),
    publishedAt: new Date("2020-02-12T12:30:00Z"),
    dek: "市委書記李猛主持並講話，部署統籌做好疫情防控和改革發展穩定各項工作。",
  };
}
