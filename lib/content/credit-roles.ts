/**
 * The words that introduce a credit, in Traditional and Simplified Chinese and in
 * English, and the byline role each stands for. Kept apart from the parser so that a
 * newsroom's house words can be added without touching the parsing rules.
 */
import type { BylineRole } from "./credits";

/** The byline roles; one list, defined with the credit formatting in credits.ts. */
export type CreditRole = BylineRole;

export type CreditKind = "PERSON" | "ORGANIZATION";

export type Credit = { name: string; role: CreditRole; kind: CreditKind };

/** Chinese role words, both scripts. */
const ZH_WORDS: Record<CreditRole, string> = {
  REPORTER:
    "記者 记者 本報記者 本报记者 特派記者 特派记者 實習記者 实习记者 見習記者 见习记者 實習生 实习生",
  CORRESPONDENT: "通訊員 通讯员 特約通訊員 特约通讯员 特約記者 特约记者",
  WRITER: "撰文 撰稿 文字 作者 文",
  PHOTOGRAPHER: "攝影 摄影 攝影記者 摄影记者 圖片 图片 圖 图 攝 摄",
  VIDEOGRAPHER: "攝像 摄像 視頻 视频 拍攝 拍摄",
  ILLUSTRATOR: "插圖 插图 插畫 插画 繪圖 绘图 漫畫 漫画 製圖 制图",
  TRANSLATOR: "翻譯 翻译 編譯 编译 譯 译",
  // Proofreading (校對) is credited with the copy desk: the closest role we have.
  EDITOR: "編輯 编辑 值班編輯 值班编辑 校對 校对 審校 审校",
  // 審核 / 終審 sign off the published piece, which is what the responsible editor does.
  RESPONSIBLE_EDITOR: "責任編輯 责任编辑 責編 责编 審核 审核 終審 终审",
  PRODUCER: "出品 出品單位 出品单位 出品人 監製 监制 總監製 总监制 製作 制作 製片 制片",
};

/** Words naming the producing unit rather than a person. */
export const ORGANIZATION_WORDS = new Set(["出品", "出品單位", "出品单位"]);

export const ZH_ROLE_BY_WORD = new Map<string, CreditRole>(
  Object.entries(ZH_WORDS).flatMap(([role, words]) =>
    words.split(" ").map((word) => [word, role as CreditRole] as const),
  ),
);

/** Longest first, so 責任編輯 wins over 編輯 and 攝影記者 over 攝影. */
export const ZH_ROLE_ALTERNATION = [...ZH_ROLE_BY_WORD.keys()]
  .sort((a, b) => b.length - a.length)
  .join("|");

/**
 * English credit openings, each consuming the role words and the separator.
 * "X by" needs whitespace after "by"; "Noun:" needs a separator character.
 */
export const EN_FORMS: ReadonlyArray<readonly [RegExp, CreditRole]> = [
  [/^by\s+/i, "REPORTER"],
  [/^(?:additional\s+)?report(?:ing|ed)\s+by\s+/i, "REPORTER"],
  [/^reporters?\s*[:：|｜/]\s*/i, "REPORTER"],
  [/^correspondents?\s*[:：|｜/]\s*/i, "CORRESPONDENT"],
  [/^(?:written|words|text)\s+by\s+/i, "WRITER"],
  [/^(?:words|text|writers?)\s*[:：|｜/]\s*/i, "WRITER"],
  [/^(?:photos?|photographs?|photography|pictures?)\s+by\s+/i, "PHOTOGRAPHER"],
  [
    /^(?:photos?|photographs?|photography|photographers?|pictures?)\s*[:：|｜/]\s*/i,
    "PHOTOGRAPHER",
  ],
  [/^(?:video|videography|filmed)\s+by\s+/i, "VIDEOGRAPHER"],
  [/^(?:videos?|videography|videographers?)\s*[:：|｜/]\s*/i, "VIDEOGRAPHER"],
  [/^(?:illustrations?|graphics?|artwork)\s+by\s+/i, "ILLUSTRATOR"],
  [/^(?:illustrations?|illustrators?|graphics?)\s*[:：|｜/]\s*/i, "ILLUSTRATOR"],
  [/^(?:translated|translation)\s+by\s+/i, "TRANSLATOR"],
  [/^(?:translation|translators?)\s*[:：|｜/]\s*/i, "TRANSLATOR"],
  [/^(?:edited|editing)\s+by\s+/i, "EDITOR"],
  [/^(?:editing|editors?)\s*[:：|｜/]\s*/i, "EDITOR"],
  [/^produced\s+by\s+/i, "PRODUCER"],
  [/^(?:producers?|production)\s*[:：|｜/]\s*/i, "PRODUCER"],
];
