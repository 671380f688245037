"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select, Textarea, TextField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/schemas/action-result";
import { ASSIGNMENT_ROLES, type AssignmentRole } from "@/lib/schemas/planning";
import type { Choice } from "./plan-item-fields";
import { formValues, usePlanAction } from "./use-plan-action";

export type Assign = (input: {
  itemId: string;
  userId: string;
  role: AssignmentRole;
  deadline: string;
  note?: string | null;
  replacesId?: string | null;
}) => Promise<ActionResult<unknown>>;

/**
 * "Assign": a person, a role, a deadline (in the newsroom's zone) and a note. With
 * `replacesId` it is "Reassign": the assignment it replaces is withdrawn in the same step.
 */
export function AssignForm(props: {
  itemId: string;
  action: Assign;
  people: Choice[];
  defaultDeadline: string;
  replacesId?: string;
  defaultRole?: AssignmentRole;
  onDone?: () => void;
}) {
  const t = useTranslations("planning");
  const roles = useTranslations("roles");
  const plan = usePlanAction<unknown>();
  const message = plan.sentence(props.replacesId ? "reassigned" : "assigned");
  return (
    <form
      noValidate
      aria-label={props.replacesId ? t("assign.reassignForm") : t("assign.form")}
      className="grid gap-3 sm:grid-cols-2"
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const values = formValues(form) as Parameters<Assign>[0];
        plan.run(
          () =>
            props.action({ ...values, itemId: props.itemId, replacesId: props.replacesId ?? null }),
          () => {
            form.reset();
            props.onDone?.();
          },
        );
      }}
    >
      <Select
        name="userId"
        label={t("assign.person")}
        defaultValue=""
        error={plan.fieldError("userId")}
      >
        <option value="" disabled>
          {t("assign.choosePerson")}
        </option>
        {props.people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.label}
          </option>
        ))}
      </Select>
      <Select
        name="role"
        label={t("assign.role")}
        defaultValue={props.defaultRole ?? "REPORTER"}
        error={plan.fieldError("role")}
      >
        {ASSIGNMENT_ROLES.map((role) => (
          <option key={role} value={role}>
            {roles(role)}
          </option>
        ))}
      </Select>
      <TextField
        name="deadline"
        type="datetime-local"
        label={t("assign.deadline")}
        defaultValue={props.defaultDeadline}
        hint={t("assign.deadlineHint")}
        error={plan.fieldError("deadline")}
      />
      <Textarea name="note" label={t("assign.note")} rows={2} error={plan.fieldError("note")} />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <Button type="submit" variant="primary" disabled={plan.pending}>
          {props.replacesId ? t("assign.reassign") : t("assign.submit")}
        </Button>
        {message && (
          <Alert
            role={plan.result?.ok ? "status" : "alert"}
            tone={plan.result?.ok ? "success" : "error"}
          >
            <p>{message}</p>
          </Alert>
        )}
      </div>
    </form>
  );
}
