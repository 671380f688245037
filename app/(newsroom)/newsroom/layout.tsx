import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOut } from "@/app/login/actions";
import { Button } from "@/components/ui/button";
import { LocaleSwitcher } from "@/components/site/locale-switcher";
import { can, requireUser, toActor } from "@/lib/auth";
import { countUnread } from "@/lib/server/notifications/inbox";

export default async function NewsroomLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const t = await getTranslations();
  const actor = toActor(user);
  const unread = await countUnread(user.id);
  return (
    <div className="min-h-screen bg-white">
      <header className="border-b border-[var(--color-rule)] bg-[var(--color-paper)] print:hidden">
        {/* The header spans the window rather than the content column. Where the links and
            the account block do not fit one row (an admin's eleven English links at 1366 px),
            the account block moves to a second row: a row that never wraps pushed "Sign out"
            off the screen and squeezed "Signed in as" to nothing. */}
        <div className="mx-auto flex max-w-[96rem] flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link
            href="/newsroom"
            className="shrink-0 whitespace-nowrap font-serif text-xl font-bold"
          >
            {t("site.name")}{" "}
            <span className="font-sans text-sm font-normal text-[var(--color-muted)]">
              {t("site.newsroom")}
            </span>
          </Link>
          <nav
            aria-label={t("newsroom.navigation")}
            className="flex flex-wrap items-center gap-x-4 gap-y-1 whitespace-nowrap text-sm xl:flex-nowrap"
          >
            <Link href="/newsroom" className="hover:underline">
              {t("newsroom.stories")}
            </Link>
            <Link href="/newsroom/stories" className="hover:underline">
              {t("newsroom.allStories")}
            </Link>
            {can(actor, "plan.view") && (
              <Link href="/newsroom/budget" className="hover:underline">
                {t("newsroom.planning")}
              </Link>
            )}
            {can(actor, "article.create") && (
              <Link href="/newsroom/import" className="hover:underline">
                {t("newsroom.import")}
              </Link>
            )}
            <Link href="/newsroom/media" className="hover:underline">
              {t("newsroom.media")}
            </Link>
            {can(actor, "front.manage") && (
              <Link href="/newsroom/front" className="hover:underline">
                {t("newsroom.front")}
              </Link>
            )}
            {can(actor, "taxonomy.manage") && (
              <Link href="/newsroom/sections" className="hover:underline">
                {t("newsroom.sections")}
              </Link>
            )}
            {can(actor, "taxonomy.manage") && (
              <Link href="/newsroom/tags" className="hover:underline">
                {t("newsroom.tags")}
              </Link>
            )}
            {can(actor, "contributor.manage") && (
              <Link href="/newsroom/contributors" className="hover:underline">
                {t("newsroom.contributors")}
              </Link>
            )}
            {can(actor, "user.manage") && (
              <Link href="/newsroom/users" className="hover:underline">
                {t("newsroom.users")}
              </Link>
            )}
            {can(actor, "settings.manage") && (
              <Link href="/newsroom/settings" className="hover:underline">
                {t("newsroom.settings")}
              </Link>
            )}
            {can(actor, "audit.read") && (
              <Link href="/newsroom/audit" className="hover:underline">
                {t("newsroom.audit")}
              </Link>
            )}
            <Link
              href="/newsroom/notifications"
              className="hover:underline"
              aria-label={
                unread > 0
                  ? `${t("notifications.title")} (${t("notifications.unread", { count: unread })})`
                  : t("notifications.title")
              }
            >
              {t("notifications.title")}
              {unread > 0 && (
                <span
                  aria-hidden="true"
                  className="ml-1 rounded-full bg-[var(--color-accent)] px-1.5 text-xs text-white"
                >
                  {unread}
                </span>
              )}
            </Link>
          </nav>
          <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1 text-sm xl:ml-auto xl:flex-nowrap xl:whitespace-nowrap">
            <LocaleSwitcher />
            <span className="min-w-0 break-words text-[var(--color-muted)]">
              {t("auth.signedInAs", { name: user.name })} · {t(`roles.user.${user.role}`)}
            </span>
            {/* One's own account and the reader site sit with the name, not among the
                desk's pages: an admin's links must still fit one row at 1366 px. */}
            <Link href="/newsroom/account" className="whitespace-nowrap hover:underline">
              {t("auth.account")}
            </Link>
            <Link href="/" className="whitespace-nowrap hover:underline">
              {t("newsroom.readerSite")}
            </Link>
            <form action={signOut}>
              <Button type="submit">{t("auth.signOut")}</Button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}
