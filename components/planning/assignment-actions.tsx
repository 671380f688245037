"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Textarea } from "@/components/ui/field";
import { FormDialog } from "@/components/ui/form-dialog";
import type { ActionResult } from "@/lib/schemas/action-result";
import type { AssignmentRole } from "@/lib/schemas/planning";
import { AssignForm, type Assign } from "./assign-form";
import type { Choice } from "./plan-item-fields";
import { usePlanAction } from "./use-plan-action";

type Respond = (input: {
  assignmentId: string;
  answer: "accept" | "decline";
  reason?: string | null;
}) => Promise<ActionResult<unknown>>;
type Withdraw = (input: { assignmentId: string }) => Promise<ActionResult<unknown>>;

/** The assignee's "Accept" and "Decline" (with a reason the editor reads). */
export function RespondButtons(props: { assignmentId: string; action: Respond }) {
  const t = useTranslations("planning");
  const plan = usePlanAction<unknown>();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState("");
  const refusal = plan.result && !plan.result.ok ? plan.sentence("answered") : null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        variant="primary"
        disabled={plan.pending}
        onClick={() =>
          plan.run(() => props.action({ assignmentId: props.assignmentId, answer: "accept" }))
        }
      >
        {t("assignment.accept")}
      </Button>
      <Button disabled={plan.pending} onClick={() => setDeclining(true)}>
        {t("assignment.decline")}
      </Button>
      {refusal && !declining && (
        <p role="alert" className="text-sm text-red-800">
          {refusal}
        </p>
      )}
      {declining && (
        <FormDialog
          title={t("assignment.declineTitle")}
          submitLabel={t("assignment.decline")}
          cancelLabel={t("cancel")}
          onClose={() => setDeclining(false)}
          onSubmit={() =>
            plan.run(
              () => props.action({ assignmentId: props.assignmentId, answer: "decline", reason }),
              () => setDeclining(false),
            )
          }
        >
          <Textarea
            label={t("assignment.reason")}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            rows={3}
            error={plan.fieldError("reason") ?? refusal ?? undefined}
          />
        </FormDialog>
      )}
    </div>
  );
}

/** An editor's "Withdraw" and "Reassign" on one assignment. */
export function ManageAssignment(props: {
  itemId: string;
  assignmentId: string;
  personName: string;
  role: AssignmentRole;
  withdraw: Withdraw;
  assign: Assign;
  people: Choice[];
  defaultDeadline: string;
}) {
  const t = useTranslations("planning");
  const plan = usePlanAction<unknown>();
  const [reassigning, setReassigning] = useState(false);
  const refusal = plan.result && !plan.result.ok ? plan.sentence("withdrawn") : null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        size="xs"
        onClick={() => setReassigning(true)}
        aria-label={t("assignment.reassignNamed", { name: props.personName })}
      >
        {t("assignment.reassign")}
      </Button>
      <Button
        size="xs"
        variant="ghost"
        disabled={plan.pending}
        aria-label={t("assignment.withdrawNamed", { name: props.personName })}
        onClick={() => plan.run(() => props.withdraw({ assignmentId: props.assignmentId }))}
      >
        {t("assignment.withdraw")}
      </Button>
      {refusal && (
        <p role="alert" className="text-sm text-red-800">
          {refusal}
        </p>
      )}
      {reassigning && (
        <Dialog
          open
          onClose={() => setReassigning(false)}
          title={t("assignment.reassignTitle", { name: props.personName })}
        >
          <AssignForm
            itemId={props.itemId}
            action={props.assign}
            people={props.people}
            defaultDeadline={props.defaultDeadline}
            defaultRole={props.role}
            replacesId={props.assignmentId}
            onDone={() => setReassigning(false)}
          />
        </Dialog>
      )}
    </div>
  );
}
