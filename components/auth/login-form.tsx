"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
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
        <Alert tone="error">
          {state.error === "throttled"
            ? t("throttled", { minutes: state.retryAfterMinutes ?? 15 })
            : state.error === "missing"
              ? t("missing")
              : t("invalid")}
        </Alert>
      )}
      <TextField
        id="email"
        name="email"
        type="email"
        label={t("email")}
        autoComplete="username"
        required
        // Remount after each answer so React's form reset keeps the email just typed.
        key={`${state.error ?? ""}:${state.email ?? ""}`}
        defaultValue={state.email}
        controlClassName="px-3 py-2 text-base"
      />
      <TextField
        id="password"
        name="password"
        type="password"
        label={t("password")}
        autoComplete="current-password"
        required
        controlClassName="px-3 py-2 text-base"
      />
      <Button type="submit" variant="primary" size="md" disabled={pending} className="w-full">
        {t("signIn")}
      </Button>
    </form>
  );
}
