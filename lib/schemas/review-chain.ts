import {
  hasSomeoneToPass,
  MAX_STAGES,
  type ReviewChain,
  type StageKind,
} from "@/lib/workflow/review-chain";
import { ROLES } from "@/lib/workflow/permissions";
import { MAX_NAMED_PEOPLE, MAX_STAGE_NAME, REVIEW_ROLES } from "./review-chain-page";
import { z } from "./zod";

export * from "./review-chain-page";

const stageName = (script: string) =>
  z
    .string(`Enter the stage's name in ${script}.`)
    .trim()
    .min(1, `Enter the stage's name in ${script}.`)
    .max(MAX_STAGE_NAME, `Keep the stage's name under ${MAX_STAGE_NAME} characters.`);

const unique = <T>(items: T[]) => [...new Set(items)];
const isReviewRole = (role: string) => (REVIEW_ROLES as readonly string[]).includes(role);

export const ZReviewStage = z
  .strictObject({
    key: z
      .string("Each stage needs a key.")
      .regex(
        /^[a-z0-9][a-z0-9-]{0,39}$/,
        "A stage's key is lower-case letters, digits and hyphens.",
      ),
    name: z.strictObject({
      hant: stageName("Traditional script"),
      hans: stageName("Simplified script"),
      en: stageName("English"),
    }),
    kind: z.enum(["review", "proof"] satisfies StageKind[], "Choose review or proofreading round."),
    roles: z
      .array(z.enum(ROLES, "Choose editors, proofreaders or admins."))
      .max(ROLES.length)
      .refine((roles) => roles.every((role) => isReviewRole(role)), {
        message: "Reporters cannot pass a review stage; choose editors, proofreaders or admins.",
      })
      .transform(unique),
    deskHeads: z.boolean("Say whether the desk heads may pass this stage."),
    userIds: z
      .array(z.uuid("Choose people from the list."))
      .max(MAX_NAMED_PEOPLE, `Name at most ${MAX_NAMED_PEOPLE} people for one stage.`)
      .transform(unique),
  })
  // A stage no one may pass would hold every story in it for good.
  .refine(hasSomeoneToPass, {
    path: ["who"],
    error: (issue) => {
      const name = (issue.input as { name?: { en?: string } } | undefined)?.name?.en ?? "";
      return `No one may pass the stage “${name}”; choose a role, the desk heads or a person.`;
    },
  });

export const ZReviewChain = z
  .array(ZReviewStage, "Send the chain as a list of stages.")
  .min(1, "A chain needs at least one stage.")
  .max(MAX_STAGES, `A chain has at most ${MAX_STAGES} stages.`)
  .superRefine((chain, context) => {
    const seen = new Set<string>();
    chain.forEach((stage, index) => {
      if (seen.has(stage.key))
        context.addIssue({
          code: "custom",
          path: [index, "key"],
          message: `Two stages share the key “${stage.key}”; each stage needs its own.`,
        });
      seen.add(stage.key);
    });
  }) satisfies z.ZodType<ReviewChain>;

/**
 * What "Save chain" sends: the section, the chain version the page was loaded at (a save
 * over a newer one is refused) and the stages in order.
 */
export const ZUpdateReviewChain = z.strictObject({
  sectionId: z.uuid("Choose a section."),
  version: z.number("Reload the page and try again.").int().min(0),
  chain: ZReviewChain,
});
export type TUpdateReviewChain = z.output<typeof ZUpdateReviewChain>;
