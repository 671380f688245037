"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import type { ReviewChain } from "@/lib/workflow/review-chain";
import { TEMPLATE_CHOICES, templateChain, type TemplateChoice } from "./review-chain-edit";

export type { TemplateChoice };

/**
 * "Start from a template" and "Use template": replaces the stages on screen with a copy
 * of the template (三審三校, Copy desk → Slot, or the single review); nothing is saved
 * until "Save chain".
 */
export function TemplateChoiceField({
  initial,
  note,
  onUse,
}: {
  initial: TemplateChoice;
  note?: string | undefined;
  onUse: (chain: ReviewChain) => void;
}) {
  const t = useTranslations("reviewChain");
  const [choice, setChoice] = useState<TemplateChoice>(initial);
  return (
    <div className="flex flex-wrap items-start gap-2">
      <Select
        label={t("templateLabel")}
        hint={note}
        className="min-w-0 flex-1 sm:max-w-md"
        value={choice}
        onChange={(event) => setChoice(event.target.value as TemplateChoice)}
      >
        {TEMPLATE_CHOICES.map((name) => (
          <option key={name} value={name}>
            {t(`templates.${name}`)}
          </option>
        ))}
      </Select>
      {/* Level with the field, below its label (the hint may run on under it). */}
      <Button className="sm:mt-6" onClick={() => onUse(templateChain(choice))}>
        {t("useTemplate")}
      </Button>
    </div>
  );
}
