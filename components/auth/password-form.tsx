"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ActionMessage, type ResultState } from "@/components/users/action-message";

type State = ResultState;

/** "New password" (and, when changing one's own, "Current password"). */
export function PasswordForm(props: {
  action: (state: State, formData: FormData) => Promise<State>;
  token?: string;
  askCurrent?: boolean;
}) {
  const t = useTranslations("auth");
  const [state, formAction, pending] = useActionState(props.action, null);
  return (
    <form action={formAction} className="max-w-sm space-y-4">
      {props.token && <input type="hidden" name="token" value={props.token} />}
      {props.askCurrent && (
        <div>
          <label htmlFor="currentPassword" className="block text-sm font-medium">
            {t("currentPassword")}
          </label>
          <input
            id="currentPassword"
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
            className="w-full rounded border border-[var(--color-rule)] px-3 py-2"
          />
        </div>
      )}
      <div>
        <label htmlFor="newPassword" className="block text-sm font-medium">
          {t("newPassword")}
        </label>
        <input
          id="newPassword"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          minLength={10}
          required
          className="w-full rounded border border-[var(--color-rule)] px-3 py-2"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-[var(--color-ink)] px-4 py-2 text-white disabled:opacity-60"
      >
        {t("savePassword")}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
