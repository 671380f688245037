"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

type State = {
  error?: "invalid" | "throttled" | "missing";
  retryAfterMinutes?: number;
  email?: string;
};

/** Email and password; works without JavaScript (a plain form post to a server action). */
export function LoginForm({
  action,
}: {
  action: (state: State, formData: FormData) => Promise<State>;
}) {
  const t = useTranslations("auth");
  const [state, formAction, pending] = useActionState(action, {});
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
