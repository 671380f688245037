import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Select, TextField } from "@/components/ui/field";
import { STORY_SORTS, type TStoryQuery } from "@/lib/schemas/stories";
import { ARTICLE_STATUSES } from "@/lib/workflow/permissions";

type Option = { id: string; name: string };

/**
 * "All stories" filters: a plain GET form, so a filtered list works without JavaScript
 * and is a link one can send. Dates are days of the last change in the newsroom's zone.
 */
export async function StoryFilterForm(props: {
  query: TStoryQuery;
  sections: Option[];
  contributors: Option[];
  tags: Option[];
  timeZone: string;
}) {
  const t = await getTranslations("stories");
  const status = await getTranslations("status");
  const { query } = props;
  const choose = (name: string, label: string, options: Option[], value?: string) => (
    <Select name={name} label={label} defaultValue={value ?? ""} controlClassName="w-auto max-w-48">
      <option value="">{t("any")}</option>
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.name}
        </option>
      ))}
    </Select>
  );
  return (
    <form
      method="get"
      role="search"
      aria-label={t("filters")}
      className="flex flex-wrap items-end gap-3 rounded border border-[var(--color-rule)] p-3"
    >
      <TextField
        type="search"
        name="q"
        label={t("search")}
        hint={t("searchHint")}
        defaultValue={query.q ?? ""}
        className="min-w-56 flex-1"
      />
      {choose(
        "state",
        t("state"),
        ARTICLE_STATUSES.map((id) => ({ id, name: status(id) })),
        query.state,
      )}
      {choose("section", t("section"), props.sections, query.section)}
      {choose("author", t("author"), props.contributors, query.author)}
      {choose("tag", t("tag"), props.tags, query.tag)}
      <TextField type="date" name="from" label={t("from")} defaultValue={query.from ?? ""} />
      <TextField type="date" name="to" label={t("to")} defaultValue={query.to ?? ""} />
      <Select name="sort" label={t("sort")} defaultValue={query.sort ?? "changed-desc"}>
        {STORY_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {t(`sorts.${sort}`)}
          </option>
        ))}
      </Select>
      <Button type="submit" variant="primary">
        {t("apply")}
      </Button>
      <Link href="/newsroom/stories" className="py-1.5 text-sm underline">
        {t("clear")}
      </Link>
      <p className="w-full text-xs text-[var(--color-muted)]">
        {t("timeZone", { zone: props.timeZone })}
      </p>
    </form>
  );
}
