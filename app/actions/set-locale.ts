"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locales";

const ZSetLocale = z.object({ locale: z.enum(LOCALES) });

/** Remembers the chosen UI language for a year; an unknown value changes nothing. */
export async function setLocale(formData: FormData): Promise<void> {
  const parsed = ZSetLocale.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: true,
  });
}
