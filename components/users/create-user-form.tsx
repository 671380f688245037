"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Select, TextField } from "@/components/ui/field";
import { useFieldErrors } from "@/components/ui/use-field-errors";
// The role list itself, so a new role (PROOFREADER) is offered without touching the form.
import { ROLES } from "@/lib/workflow/permissions";
import { ActionMessage, type ResultState } from "./action-message";

type State = ResultState;
const EMPTY = { name: "", email: "", role: "REPORTER" };

/**
 * "Create account". The fields are controlled, so React's reset of the form after the
 * action cannot empty them when the server refuses (a taken email keeps what was typed);
 * they are cleared only once the account exists.
 */
export function CreateUserForm({
  action,
}: {
  action: (state: State, formData: FormData) => Promise<State>;
}) {
  const t = useTranslations("users");
  const tr = useTranslations("roles.user");
  const [values, setValues] = useState(EMPTY);
  const [state, formAction, pending] = useActionState(async (previous: State, data: FormData) => {
    const result = await action(previous, data);
    if (result?.ok) setValues(EMPTY);
    return result;
  }, null);
  const fieldError = useFieldErrors(state);
  const set = (key: keyof typeof EMPTY) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [key]: event.target.value }));
  return (
    <form
      action={formAction}
      className="space-y-3 rounded border border-[var(--color-rule)] p-4"
      aria-labelledby="create-user-heading"
    >
      <h2 id="create-user-heading" className="font-semibold">
        {t("create")}
      </h2>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField
          id="new-user-name"
          name="name"
          label={t("name")}
          required
          error={fieldError("name")}
          value={values.name}
          onChange={set("name")}
        />
        <TextField
          id="new-user-email"
          name="email"
          type="email"
          label={t("email")}
          required
          error={fieldError("email")}
          value={values.email}
          onChange={set("email")}
        />
        <Select
          id="new-user-role"
          name="role"
          label={t("role")}
          value={values.role}
          onChange={set("role")}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {tr(role)}
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit" variant="primary" disabled={pending}>
        {t("createButton")}
      </Button>
      <ActionMessage state={state} />
    </form>
  );
}
