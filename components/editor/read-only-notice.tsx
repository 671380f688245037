import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { deskCanReturn } from "@/lib/workflow/article-workflow";
import type { ArticleStatus } from "@/lib/workflow/permissions";

/**
 * Why the fields are locked and how to unlock them: "Withdraw" when this person may take
 * the story back, the desk's "Request changes" where the workflow has that move back
 * (lib/workflow decides, not this component), otherwise "ask an editor".
 */
export function ReadOnlyNotice(props: {
  status: string | undefined;
  transitions: string[];
  /** They may still propose changes to the body (suggestion mode). */
  canSuggest?: boolean;
}) {
  const t = useTranslations("editor.readOnly");
  const statusName = useTranslations("status");
  const how = props.transitions.includes("withdraw")
    ? t("withdraw")
    : props.status && deskCanReturn(props.status as ArticleStatus)
      ? t("requestChanges")
      : t("other");
  return (
    <Alert tone="info" role="region" aria-label={t("label")} className="mb-3">
      <p className="font-medium">
        {props.status ? t("title", { status: statusName(props.status) }) : t("titlePlain")}
      </p>
      {props.canSuggest && <p>{t("suggest")}</p>}
      <p>{how}</p>
    </Alert>
  );
}
