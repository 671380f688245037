import { notFound } from "next/navigation";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { CreateUserForm } from "@/components/users/create-user-form";
import { UserRowActions } from "@/components/users/user-row-actions";
import { can, requireUser, toActor } from "@/lib/auth";
import { listUsers } from "@/lib/server/users/manage-users";
import { createUserAction, resetLinkAction, updateUserAction } from "./actions";

export default async function UsersPage() {
  const user = await requireUser();
  const actor = toActor(user);
  if (!can(actor, "user.manage")) notFound();
  const [users, t] = await Promise.all([listUsers(actor), getTranslations()]);
  const columns = {
    name: t("users.name"),
    email: t("users.email"),
    role: t("users.role"),
    status: t("users.status"),
    actions: t("users.actions"),
  };
  return (
    <NextIntlClientProvider>
      <section aria-labelledby="users-heading" className="space-y-6">
        <PageHeader id="users-heading" title={t("users.title")} className="" />
        <CreateUserForm action={createUserAction} />
        <DataTable columns={Object.values(columns)} stackOnPhone>
          {users.map((row) => (
            <tr key={row.id} className="align-top">
              <td data-label={columns.name} className="py-3 pr-4 font-medium">
                {row.name}
              </td>
              <td data-label={columns.email} className="py-3 pr-4 max-sm:break-all">
                {row.email}
              </td>
              <td data-label={columns.role} className="whitespace-nowrap py-3 pr-4">
                {t(`roles.user.${row.role}`)}
              </td>
              <td data-label={columns.status} className="whitespace-nowrap py-3 pr-4">
                {row.isActive ? t("users.active") : t("users.inactive")}
              </td>
              <td data-label={columns.actions} className="py-3">
                <UserRowActions user={row} update={updateUserAction} resetLink={resetLinkAction} />
              </td>
            </tr>
          ))}
        </DataTable>
      </section>
    </NextIntlClientProvider>
  );
}
