"use client";

import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Select, TextField } from "@/components/ui/field";
import { REVIEW_ROLES, type NameablePerson } from "@/lib/schemas/review-chain-page";
import { hasSomeoneToPass, type ReviewStage, type StageKind } from "@/lib/workflow/review-chain";
import { StagePeopleField } from "./stage-people-field";

/** Ids of a stage's controls, so the form can put focus back after a move, add or remove. */
export const stageControlId = (base: string, key: string, what: "hant" | "up" | "down") =>
  `${base}-${key}-${what}`;

/**
 * One stage of the chain: a group named by the stage ("Stage 2: 複審") with its names in
 * three scripts, its kind, who may pass it (roles, the section's desk heads, named
 * people) and its own "Move … up", "Move … down" and "Remove …" buttons.
 */
export function ReviewStageFieldset({
  stage,
  index,
  count,
  label,
  idBase,
  people,
  deskHeadNames,
  errorFor,
  onChange,
  onMove,
  onRemove,
}: {
  stage: ReviewStage;
  index: number;
  count: number;
  /** The stage's name on buttons; null while it has none yet. */
  label: string | null;
  idBase: string;
  people: NameablePerson[];
  deskHeadNames: string[];
  errorFor: (field: string) => string | undefined;
  onChange: (stage: ReviewStage) => void;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
}) {
  const t = useTranslations("reviewChain");
  const tRoles = useTranslations("roles.user");
  const locale = useLocale();
  const named = label ?? t("unnamed", { number: index + 1 });
  const id = (what: string) => `${idBase}-${stage.key}-${what}`;
  const setName = (script: keyof ReviewStage["name"], value: string) =>
    onChange({ ...stage, name: { ...stage.name, [script]: value } });
  const toggleRole = (role: (typeof REVIEW_ROLES)[number], on: boolean) =>
    onChange({
      ...stage,
      roles: on ? [...stage.roles, role] : stage.roles.filter((other) => other !== role),
    });
  const nobody = !hasSomeoneToPass(stage);
  // Only the desk heads, and the section has none: not refused, but stories would wait.
  const onlyHeadsAndNone =
    stage.deskHeads &&
    deskHeadNames.length === 0 &&
    !hasSomeoneToPass({ ...stage, deskHeads: false });
  const whoError = errorFor("who") ?? errorFor("roles");
  return (
    <fieldset className="space-y-3 rounded border border-[var(--color-rule)] p-3 sm:p-4">
      <legend className="px-1 text-base font-semibold">
        {label
          ? t("stage", { number: index + 1, name: label })
          : t("stageNew", { number: index + 1 })}
      </legend>
      <div className="grid gap-3 sm:grid-cols-3">
        {(["hant", "hans", "en"] as const).map((script) => (
          <TextField
            key={script}
            id={id(script)}
            label={t(script === "hant" ? "nameHant" : script === "hans" ? "nameHans" : "nameEn")}
            lang={script === "hant" ? "zh-Hant" : script === "hans" ? "zh-Hans" : "en"}
            value={stage.name[script]}
            required
            error={errorFor(`name.${script}`)}
            onChange={(event) => setName(script, event.target.value)}
          />
        ))}
      </div>
      <Select
        id={id("kind")}
        label={t("kind")}
        className="sm:max-w-xs"
        value={stage.kind}
        error={errorFor("kind")}
        onChange={(event) => onChange({ ...stage, kind: event.target.value as StageKind })}
      >
        <option value="review">{t("kinds.review")}</option>
        <option value="proof">{t("kinds.proof")}</option>
      </Select>
      <fieldset
        className="space-y-2"
        aria-describedby={whoError || nobody || onlyHeadsAndNone ? id("who-note") : undefined}
      >
        <legend className="mb-1 text-sm font-medium">{t("whoMayPass")}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {REVIEW_ROLES.map((role) => (
            <label key={role} className="flex items-center gap-1 text-sm">
              <input
                type="checkbox"
                checked={stage.roles.includes(role)}
                onChange={(event) => toggleRole(role, event.target.checked)}
              />
              {tRoles(role)}
            </label>
          ))}
        </div>
        <div>
          <label className="flex items-center gap-1 text-sm">
            <input
              type="checkbox"
              checked={stage.deskHeads}
              aria-describedby={id("heads-hint")}
              onChange={(event) => onChange({ ...stage, deskHeads: event.target.checked })}
            />
            {t("deskHeads")}
          </label>
          <p id={id("heads-hint")} className="ml-5 text-xs text-[var(--color-muted)]">
            {deskHeadNames.length
              ? t("deskHeadsAre", {
                  names: new Intl.ListFormat(locale, { type: "conjunction" }).format(deskHeadNames),
                })
              : t("noDeskHeadsYet")}
          </p>
        </div>
        <StagePeopleField
          userIds={stage.userIds}
          people={people}
          stage={named}
          error={errorFor("userIds")}
          onChange={(userIds) => onChange({ ...stage, userIds })}
        />
        {(whoError || nobody || onlyHeadsAndNone) && (
          <p
            id={id("who-note")}
            className={`text-sm ${whoError ? "text-red-800" : "text-amber-900"}`}
          >
            {whoError ?? (nobody ? t("noOne") : t("onlyDeskHeads"))}
          </p>
        )}
      </fieldset>
      {errorFor("key") && <p className="text-sm text-red-800">{errorFor("key")}</p>}
      <div className="flex flex-wrap gap-2">
        <Button
          size="xs"
          id={stageControlId(idBase, stage.key, "up")}
          disabled={index === 0}
          aria-label={t("moveUp", { stage: named })}
          onClick={() => onMove(-1)}
        >
          {t("moveUpText")}
        </Button>
        <Button
          size="xs"
          id={stageControlId(idBase, stage.key, "down")}
          disabled={index === count - 1}
          aria-label={t("moveDown", { stage: named })}
          onClick={() => onMove(1)}
        >
          {t("moveDownText")}
        </Button>
        <Button
          size="xs"
          variant="danger"
          disabled={count === 1}
          aria-label={t("remove", { stage: named })}
          onClick={onRemove}
        >
          {t("removeText")}
        </Button>
      </div>
    </fieldset>
  );
}
