import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { LibraryUpload } from "@/components/media/library-upload";
import { MediaCard } from "@/components/media/media-card";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Select, TextField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth";
import { canManageMedia, listLibrary } from "@/lib/server/media/library";
import { deleteMediaAction, updateMediaAction } from "./actions";

type Search = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");
const day = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;

function parseAfter(value: string) {
  const match = /^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)_([0-9a-f-]{36})$/i.exec(value);
  return match ? { createdAt: new Date(match[1]!), id: match[2]! } : undefined;
}

/** "Media library": every upload, searchable, with its details and where it is used. */
export default async function MediaLibraryPage({
  searchParams,
}: {
  searchParams: Promise<Search>;
}) {
  await connection();
  const user = await requireUser();
  const t = await getTranslations("library");
  const params = await searchParams;
  const filter = {
    q: one(params.q),
    type: one(params.type),
    from: day(one(params.from)),
    to: day(one(params.to)) && new Date(day(one(params.to))!.getTime() + 86_400_000),
    after: parseAfter(one(params.after)),
  };
  const { items, next } = await listLibrary(user, filter);
  const query = new URLSearchParams(
    Object.entries({
      q: filter.q,
      type: filter.type,
      from: one(params.from),
      to: one(params.to),
    }).filter(([, value]) => value),
  );
  return (
    <section aria-labelledby="library-heading">
      <PageHeader id="library-heading" title={t("title")} className="mb-4" />
      <NextIntlClientProvider>
        <LibraryUpload />
      </NextIntlClientProvider>
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3 text-sm" role="search">
        <TextField name="q" label={t("search")} defaultValue={filter.q} />
        <Select name="type" label={t("type")} defaultValue={filter.type}>
          <option value="">{t("allTypes")}</option>
          {["jpeg", "png", "webp", "avif"].map((type) => (
            <option key={type} value={type}>
              {type.toUpperCase()}
            </option>
          ))}
        </Select>
        {(["from", "to"] as const).map((name) => (
          <TextField
            key={name}
            type="date"
            name={name}
            label={t(name)}
            defaultValue={one(params[name])}
          />
        ))}
        <Button type="submit">{t("filter")}</Button>
      </form>
      {one(params.result) === "deleted" && (
        <Alert tone="success" className="mb-4">
          {t("results.deleted")}
        </Alert>
      )}
      {items.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {items.map((item) => (
            <li key={item.id}>
              <MediaCard
                item={item}
                back={query.toString()}
                result={one(params.item) === item.id ? one(params.result) : ""}
                canManage={canManageMedia(user, item.uploadedById)}
                update={updateMediaAction}
                remove={deleteMediaAction}
              />
            </li>
          ))}
        </ul>
      )}
      {next && (
        <p className="mt-6">
          <a
            className="underline"
            href={`/newsroom/media?${new URLSearchParams([...query, ["after", `${next.createdAt.toISOString()}_${next.id}`]])}`}
          >
            {t("older")}
          </a>
        </p>
      )}
    </section>
  );
}
