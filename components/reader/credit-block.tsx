import {
  formatCreditGroup,
  groupCredits,
  type ArticleLanguage,
  type CreditEntry,
} from "@/lib/content/credits";

/**
 * The credit block in the paper's style: the producing unit (德州日報新媒體出品) on its
 * own line, then 記者｜王賀　編輯｜李榕. Labels follow the article's language, not the UI's.
 */
export function CreditBlock({
  credits,
  language,
  label,
}: {
  credits: CreditEntry[];
  language: ArticleLanguage;
  label: string;
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
          {formatCreditGroup(group, language)}
        </p>
      ))}
      {people.length > 0 && (
        <p>
          {people.map((group, index) => (
            <span key={group.role} data-credit-role={group.role}>
              {index > 0 && (language === "en" ? ". " : "　")}
              {formatCreditGroup(group, language)}
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
