"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useFieldErrors } from "@/components/ui/use-field-errors";
import { ActionMessage, type ResultState } from "@/components/users/action-message";

type State = ResultState;

/**
 * "New password" (and, when changing one's own, "Current password"). React empties the
 * fields after each answer; for passwords that is wanted, so they stay uncontrolled.
 */
export function PasswordForm(props: {
  action: (state: State, formData: FormData) => Promise<State>;
  token?: string;
  askCurrent?: boolean;
}) {
  const t = useTranslations("auth");
  const [state, formAction, pending] = useActionState(props.action, null);
  const fieldError = useFieldErrors(state);
  return (
    <form action={formAction} className="max-w-sm space-y-4">
      {props.token && <input type="hidden" name="token" value={props.token} />}
      {props.askCurrent && (
        <TextField
          id="currentPassword"
          name="currentPassword"
          type="password"
          label={t("currentPassword")}
          autoComplete="current-password"
          required
          error={fieldError("currentPassword")}
          controlClassName="px-3 py-2 text-base"
        />
      )}
      <TextField
        id="newPassword"
        name="newPassword"
        type="password"
        label={t("newPassword")}
        autoComplete="new-password"
        minLength={10}
        required
        error={fieldError("newPassword")}
        controlClassName="px-3 py-2 text-base"
      />
      <Button type="submit" variant="primary" size="md" disabled={pending}>
        {t("savePassword")}
      </Button>
      <ActionMessage state={state} />
    </form>
  );
}
