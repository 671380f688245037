import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { CreateUserForm } from "@/components/users/create-user-form";
import { UserRowActions } from "@/components/users/user-row-actions";
import { can, requireUser } from "@/lib/auth";
import { listUsers } from "@/lib/server/users/manage-users";
import { createUserAction, resetLinkAction, updateUserAction } from "./actions";

export default async function UsersPage() {
  const user = await requireUser();
  const actor = { id: user.id, role: user.role };
  if (!can(actor, "user.manage")) notFound();
  const [users, t] = await Promise.all([listUsers(actor), getTranslations()]);
  return (
    <NextIntlClientProvider>
      <section aria-labelledby="users-heading" className="space-y-6">
        <h1 id="users-heading" className="text-2xl font-bold">
          {t("users.title")}
        </h1>
        <CreateUserForm action={createUserAction} />
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-[var(--color-rule)] text-[var(--color-muted)]">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">
                  {t("users.name")}
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  {t("users.email")}
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  {t("users.role")}
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  {t("users.status")}
                </th>
                <th scope="col" className="py-2 font-medium">
                  {t("users.actions")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-[var(--color-rule)]">
              {users.map((row) => (
                <tr key={row.id} className="align-top">
                  <td className="py-3 pr-4">{row.name}</td>
                  <td className="py-3 pr-4">{row.email}</td>
                  <td className="py-3 pr-4">{t(`roles.user.${row.role}`)}</td>
                  <td className="py-3 pr-4">
                    {row.isActive ? t("users.active") : t("users.inactive")}
                  </td>
                  <td className="py-3">
                    <UserRowActions
                      user={row}
                      update={updateUserAction}
                      resetLink={resetLinkAction}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </NextIntlClientProvider>
  );
}
