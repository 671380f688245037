"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/schemas/action-result";

type State = ActionResult | null;

/** Which sentence a refusal gets: whether an account exists is never told apart. */
function readState(state: State) {
  if (!state || state.ok) return { email: undefined };
  const retryAfter = Number(state.details?.retryAfter ?? 60 * 15);
  const email = typeof state.details?.email === "string" ? state.details.email : undefined;
  if (state.code === "THROTTLED")
    return { error: "throttled", email, retryAfterMinutes: Math.ceil(retryAfter / 60) } as const;
  return { error: state.code === "INVALID_INPUT" ? "missing" : "invalid", email } as const;
}

/** Email and password; works without JavaScript (a plain form post to a server action). */
export function LoginForm({
  action,
}: {
  action: (state: State, formData: FormData) => Promise<State>;
}) {
  const t = useTranslations("auth");
  const [result, formAction, pending] = useActionState(action, null);
  const state: { error?: string; email?: string | undefined; retryAfterMinutes?: number } =
    readState(result);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      {state.error && (
        <p
          role="alert"
          className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {state.error === "throttled"
            ? t("throttled", { minutes: state.retryAfterMinutes ?? 15 })
            : state.error === "missing"
              ? t("missing")
              : t("invalid")}
        </p>
      )}
      <div className="space-y-1">
        <label htmlFor="email" className="block text-sm font-medium">
          {t("email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          // Remount after each answer so React's form reset keeps the email just typed.
          key={`${state.error ?? ""}:${state.email ?? ""}`}
          defaultValue={state.email}
          className="w-full rounded border border-[var(--color-rule)] bg-white px-3 py-2"
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="password" className="block text-sm font-medium">
          {t("password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="w-full rounded border border-[var(--color-rule)] bg-white px-3 py-2"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-[var(--color-ink)] px-4 py-2 font-medium text-white hover:opacity-90 disabled:opacity-60"
      >
        {t("signIn")}
      </button>
    </form>
  );
}
