import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";

/**
 * Why the fields are locked and how to unlock them: "Withdraw" when this person may take
 * the story back, otherwise the desk's "Request changes".
 */
export function ReadOnlyNotice(props: { status: string | undefined; transitions: string[] }) {
  const t = useTranslations("editor.readOnly");
  const statusName = useTranslations("status");
  const how = props.transitions.includes("withdraw")
    ? t("withdraw")
    : props.status === "SUBMITTED" || props.status === "APPROVED" || props.status === "SCHEDULED"
      ? t("requestChanges")
      : t("other");
  return (
    <Alert tone="info" role="region" aria-label={t("label")} className="mb-3">
      <p className="font-medium">
        {props.status ? t("title", { status: statusName(props.status) }) : t("titlePlain")}
      </p>
      <p>{how}</p>
    </Alert>
  );
}
