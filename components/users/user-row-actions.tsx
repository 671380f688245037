"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
// The role list itself, so a new role (PROOFREADER) is offered without touching the form.
import { ROLES } from "@/lib/workflow/permissions";
import { ActionMessage, type ResultState } from "./action-message";

type State = ResultState;
type Action = (state: State, formData: FormData) => Promise<State>;

/**
 * Role, activation and reset link for one user; each answer shows beside the row.
 *
 * React resets a form after its action, and an uncontrolled <select> resets to the
 * option it was first rendered with (React never moves `defaultSelected` when
 * `defaultValue` changes), so the role select used to snap back to the old role and a
 * second press undid the change. The form is keyed by the stored role: a saved change
 * remounts it showing the new role, a refused one resets it to the stored role.
 */
export function UserRowActions(props: {
  user: { id: string; name: string; role: string; isActive: boolean };
  update: Action;
  resetLink: Action;
}) {
  const t = useTranslations("users");
  const tr = useTranslations("roles.user");
  const [updateState, updateAction, updating] = useActionState(props.update, null);
  const [linkState, linkAction, linking] = useActionState(props.resetLink, null);
  const { user } = props;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-2">
        <form key={user.role} action={updateAction} className="flex items-end gap-1">
          <input type="hidden" name="userId" value={user.id} />
          <Select
            name="role"
            label={t("roleFor", { name: user.name })}
            defaultValue={user.role}
            className="text-xs [&_label]:text-xs [&_label]:font-normal"
            controlClassName="w-auto py-1"
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {tr(role)}
              </option>
            ))}
          </Select>
          <Button type="submit" disabled={updating}>
            {t("changeRole")}
          </Button>
        </form>
        <form action={updateAction}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="isActive" value={user.isActive ? "false" : "true"} />
          <Button type="submit" disabled={updating}>
            {user.isActive ? t("deactivate") : t("reactivate")}
          </Button>
        </form>
        <form action={linkAction}>
          <input type="hidden" name="userId" value={user.id} />
          <Button type="submit" disabled={linking}>
            {t("resetLink")}
          </Button>
        </form>
      </div>
      <ActionMessage state={updateState} />
      <ActionMessage state={linkState} />
    </div>
  );
}
