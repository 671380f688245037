import Link from "next/link";
import {
  groupCredits,
  type ArticleLanguage,
  type CreditEntry,
  type CreditGroup,
} from "@/lib/content/credits";

/** The separators the paper prints between names (as lib/content/credits joins them). */
function separator(index: number, count: number, language: ArticleLanguage): string {
  if (index === 0) return "";
  if (language !== "en") return "、";
  if (index === count - 1) return " and ";
  return ", ";
}

/** One credit group as text, each name linking to the contributor's page. */
function CreditGroupLine({
  group,
  language,
  query,
}: {
  group: CreditGroup;
  language: ArticleLanguage;
  query: string;
}) {
  const names = group.people.map((person, index) => (
    <span key={`${person.name}-${index}`}>
      {separator(index, group.people.length, language)}
      {person.slug ? (
        <Link href={`/contributors/${person.slug}${query}`} className="hover:underline">
          {person.name}
        </Link>
      ) : (
        person.name
      )}
    </span>
  ));
  if (language === "en")
    return (
      <>
        {`${group.label} `}
        {names}
      </>
    );
  if (group.role === "PRODUCER")
    return (
      <>
        {names}
        {group.label}
      </>
    );
  return (
    <>
      {`${group.label}｜`}
      {names}
    </>
  );
}

/**
 * The credit block in the paper's style: the producing unit (德州日報新媒體出品) on its
 * own line, then 記者｜王賀　編輯｜李榕. Labels follow the article's language, not the UI's.
 */
export function CreditBlock({
  credits,
  language,
  label,
  query = "",
}: {
  credits: CreditEntry[];
  language: ArticleLanguage;
  label: string;
  /** `?script=…` to keep the reader's script on contributor pages. */
  query?: string;
}) {
  const groups = groupCredits(credits, language);
  if (groups.length === 0) return null;
  const producers = groups.filter((group) => group.role === "PRODUCER");
  const people = groups.filter((group) => group.role !== "PRODUCER");
  return (
    <section
      aria-label={label}
      className="mt-10 border-t border-[var(--color-rule)] pt-4 text-[15px] leading-7 text-[var(--color-muted)]"
    >
      {producers.map((group) => (
        <p key={group.role} data-credit-role={group.role}>
          <CreditGroupLine group={group} language={language} query={query} />
        </p>
      ))}
      {people.length > 0 && (
        <p>
          {people.map((group, index) => (
            <span key={group.role} data-credit-role={group.role}>
              {index > 0 && (language === "en" ? ". " : "　")}
              <CreditGroupLine group={group} language={language} query={query} />
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
