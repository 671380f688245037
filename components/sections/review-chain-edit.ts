import {
  CHAIN_TEMPLATES,
  DEFAULT_CHAIN,
  stageName,
  type ReviewChain,
  type ReviewStage,
} from "@/lib/workflow/review-chain";

/** The template choice: the two shipped templates and the default single review. */
export const TEMPLATE_CHOICES = ["san-shen-san-jiao", "copy-desk-slot", "single"] as const;
export type TemplateChoice = (typeof TEMPLATE_CHOICES)[number];

/** A fresh copy of a template, so editing the stages on screen never changes the constant. */
export function templateChain(choice: TemplateChoice): ReviewChain {
  const chain = choice === "single" ? DEFAULT_CHAIN : CHAIN_TEMPLATES[choice];
  return structuredClone(chain) as ReviewChain;
}

/** An empty stage with a key no other stage has (keys survive renames and moves). */
export function newStage(chain: ReviewChain): ReviewStage {
  let key = "";
  do key = `stage-${Math.random().toString(36).slice(2, 8)}`;
  while (chain.some((stage) => stage.key === key));
  return {
    key,
    name: { hant: "", hans: "", en: "" },
    kind: "review",
    roles: [],
    deskHeads: false,
    userIds: [],
  };
}

/** The chain with stage `index` swapped with its neighbour above (-1) or below (+1). */
export function moveStage(chain: ReviewChain, index: number, step: -1 | 1): ReviewChain {
  const other = index + step;
  if (other < 0 || other >= chain.length) return chain;
  const next = [...chain];
  [next[index], next[other]] = [next[other]!, next[index]!];
  return next;
}

/**
 * What a stage is called on buttons and in its group's name: its name in the paper's
 * own language (the newsroom names its stages as it prints them), else the first name
 * it has, else null while all three are still empty.
 */
export function stageLabel(stage: ReviewStage, language: string): string | null {
  const own = stageName(stage, language).trim();
  return own || stage.name.hant.trim() || stage.name.en.trim() || stage.name.hans.trim() || null;
}
