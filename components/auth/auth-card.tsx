import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";

/**
 * The signed-out pages' one shape (sign in, first admin, set a password): the product's
 * name, what the page is for, and its form, alone in a narrow column.
 */
export async function AuthCard(props: {
  title: string;
  intro?: string;
  children: React.ReactNode;
  footer?: React.ReactNode;
}) {
  const t = await getTranslations("site");
  return (
    <main
      id="main"
      className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4 py-16"
    >
      <p className="mb-2 font-serif text-3xl font-bold">{t("name")}</p>
      <h1 className={`text-lg font-semibold ${props.intro ? "mb-2" : "mb-8"}`}>{props.title}</h1>
      {props.intro && <p className="mb-8 text-sm text-[var(--color-muted)]">{props.intro}</p>}
      <NextIntlClientProvider>{props.children}</NextIntlClientProvider>
      {props.footer && <div className="mt-6 text-sm">{props.footer}</div>}
    </main>
  );
}
