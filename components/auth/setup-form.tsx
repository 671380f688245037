"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useFieldErrors } from "@/components/ui/use-field-errors";
import { ActionMessage } from "@/components/users/action-message";
import type { ActionResult } from "@/lib/schemas/action-result";

/** A success leaves the page (the new admin goes to the newsroom): only refusals stay. */
type State = ActionResult | null;

/**
 * "Create admin account" on /setup. Name and email are controlled, so a refusal (a short
 * password, a taken email) keeps what was typed; the password is typed again, as on every
 * password form. Once an admin exists, the refusal points to the sign-in page.
 */
export function SetupForm(props: {
  action: (state: State, formData: FormData) => Promise<State>;
  token: string;
}) {
  const t = useTranslations("setup");
  const [values, setValues] = useState({ name: "", email: "" });
  const [state, formAction, pending] = useActionState(props.action, null);
  const fieldError = useFieldErrors(state);
  const set = (key: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [key]: event.target.value }));
  const adminExists = state && !state.ok && state.details?.reason === "adminExists";
  return (
    // noValidate: the server's sentences, beside each field, in the UI language (and the
    // same without JavaScript) rather than the browser's own bubbles.
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="token" value={props.token} />
      <TextField
        id="name"
        name="name"
        label={t("name")}
        autoComplete="name"
        required
        value={values.name}
        onChange={set("name")}
        error={fieldError("name")}
        controlClassName="px-3 py-2 text-base"
      />
      <TextField
        id="email"
        name="email"
        type="email"
        label={t("email")}
        autoComplete="username"
        required
        value={values.email}
        onChange={set("email")}
        error={fieldError("email")}
        controlClassName="px-3 py-2 text-base"
      />
      <TextField
        id="password"
        name="password"
        type="password"
        label={t("password")}
        hint={t("passwordHint")}
        autoComplete="new-password"
        minLength={10}
        required
        error={fieldError("password")}
        controlClassName="px-3 py-2 text-base"
      />
      <Button type="submit" variant="primary" size="md" disabled={pending} className="w-full">
        {t("create")}
      </Button>
      <ActionMessage state={state} />
      {adminExists && (
        <p className="text-sm">
          <a href="/login" className="underline">
            {t("signIn")}
          </a>
        </p>
      )}
    </form>
  );
}
