import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { LibraryUpload } from "@/components/media/library-upload";
import { MediaCard } from "@/components/media/media-card";
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
      <h1 id="library-heading" className="mb-4 text-2xl font-bold">
        {t("title")}
      </h1>
      <NextIntlClientProvider>
        <LibraryUpload />
      </NextIntlClientProvider>
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3 text-sm" role="search">
        <label className="flex flex-col">
          <span className="font-medium">{t("search")}</span>
          <input
            name="q"
            defaultValue={filter.q}
            className="rounded border border-[var(--color-rule)] px-2 py-1"
          />
        </label>
        <label className="flex flex-col">
          <span className="font-medium">{t("type")}</span>
          <select
            name="type"
            defaultValue={filter.type}
            className="rounded border border-[var(--color-rule)] px-2 py-1"
          >
            <option value="">{t("allTypes")}</option>
            {["jpeg", "png", "webp", "avif"].map((type) => (
              <option key={type} value={type}>
                {type.toUpperCase()}
              </option>
            ))}
          </select>
        </label>
        {(["from", "to"] as const).map((name) => (
          <label key={name} className="flex flex-col">
            <span className="font-medium">{t(name)}</span>
            <input
              type="date"
              name={name}
              defaultValue={one(params[name])}
              className="rounded border border-[var(--color-rule)] px-2 py-1"
            />
          </label>
        ))}
        <button type="submit" className="rounded border border-[var(--color-rule)] px-3 py-1">
          {t("filter")}
        </button>
      </form>
      {one(params.result) === "deleted" && (
        <p role="status" className="mb-4 rounded bg-green-50 px-3 py-2 text-sm text-green-900">
          {t("results.deleted")}
        </p>
      )}
      {items.length === 0 ? (
        <p className="text-[var(--color-muted)]">{t("empty")}</p>
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
