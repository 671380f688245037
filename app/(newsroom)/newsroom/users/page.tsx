import { notFound } from "next/navigation";
import { DataTable } from "@/components/ui/data-table";
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
        <DataTable
          columns={[
            t("users.name"),
            t("users.email"),
            t("users.role"),
            t("users.status"),
            t("users.actions"),
          ]}
        >
          {users.map((row) => (
            <tr key={row.id} className="align-top">
              <td className="py-3 pr-4">{row.name}</td>
              <td className="py-3 pr-4">{row.email}</td>
              <td className="py-3 pr-4">{t(`roles.user.${row.role}`)}</td>
              <td className="py-3 pr-4">
                {row.isActive ? t("users.active") : t("users.inactive")}
              </td>
              <td className="py-3">
                <UserRowActions user={row} update={updateUserAction} resetLink={resetLinkAction} />
              </td>
            </tr>
          ))}
        </DataTable>
      </section>
    </NextIntlClientProvider>
  );
}
