"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ActionMessage, type ResultState } from "./action-message";

type State = ResultState;
type Action = (state: State, formData: FormData) => Promise<State>;
const ROLES = ["REPORTER", "EDITOR", "ADMIN"] as const;

/** Role, activation and reset link for one user; each answer shows beside the row. */
export function UserRowActions(props: {
  user: { id: string; name: string; role: string; isActive: boolean };
  update: Action;
  resetLink: Action;
}) {
  const t = useTranslations("users");
  const tr = useTranslations("roles.user");
  const [updateState, updateAction] = useActionState(props.update, null);
  const [linkState, linkAction] = useActionState(props.resetLink, null);
  const { user } = props;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-2">
        <form action={updateAction} className="flex items-end gap-1">
          <input type="hidden" name="userId" value={user.id} />
          <label className="text-xs">
            <span className="block">{t("roleFor", { name: user.name })}</span>
            <select
              name="role"
              defaultValue={user.role}
              className="rounded border border-[var(--color-rule)] px-1 py-0.5 text-sm"
            >
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {tr(role)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="submit"
            className="rounded border border-[var(--color-rule)] px-2 py-0.5 text-sm"
          >
            {t("changeRole")}
          </button>
        </form>
        <form action={updateAction}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="isActive" value={user.isActive ? "false" : "true"} />
          <button
            type="submit"
            className="rounded border border-[var(--color-rule)] px-2 py-0.5 text-sm"
          >
            {user.isActive ? t("deactivate") : t("reactivate")}
          </button>
        </form>
        <form action={linkAction}>
          <input type="hidden" name="userId" value={user.id} />
          <button
            type="submit"
            className="rounded border border-[var(--color-rule)] px-2 py-0.5 text-sm"
          >
            {t("resetLink")}
          </button>
        </form>
      </div>
      <ActionMessage state={updateState} />
      <ActionMessage state={linkState} />
    </div>
  );
}
