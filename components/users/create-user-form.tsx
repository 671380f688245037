"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ActionMessage, type ResultState } from "./action-message";

type State = ResultState;
const ROLES = ["REPORTER", "EDITOR", "ADMIN"] as const;

export function CreateUserForm({
  action,
}: {
  action: (state: State, formData: FormData) => Promise<State>;
}) {
  const t = useTranslations("users");
  const tr = useTranslations("roles.user");
  const [state, formAction, pending] = useActionState(action, null);
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
        <div>
          <label htmlFor="new-user-name" className="block text-sm font-medium">
            {t("name")}
          </label>
          <input
            id="new-user-name"
            name="name"
            required
            className="w-full rounded border border-[var(--color-rule)] px-2 py-1"
          />
        </div>
        <div>
          <label htmlFor="new-user-email" className="block text-sm font-medium">
            {t("email")}
          </label>
          <input
            id="new-user-email"
            name="email"
            type="email"
            required
            className="w-full rounded border border-[var(--color-rule)] px-2 py-1"
          />
        </div>
        <div>
          <label htmlFor="new-user-role" className="block text-sm font-medium">
            {t("role")}
          </label>
          <select
            id="new-user-role"
            name="role"
            defaultValue="REPORTER"
            className="w-full rounded border border-[var(--color-rule)] px-2 py-1"
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {tr(role)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-[var(--color-ink)] px-3 py-1.5 text-sm text-white disabled:opacity-60"
      >
        {t("createButton")}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
