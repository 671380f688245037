"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

/** Where "Send back" sends a story that has both ways back: the previous stage or the reporter. */
export function SendBackDialog(props: {
  open: boolean;
  previousStage: string;
  onClose: () => void;
  onChoose: (move: "send-back" | "request-changes") => void;
}) {
  const t = useTranslations("workflow");
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      title={t("sendBackTo")}
      footer={
        <>
          <Button onClick={props.onClose}>{t("confirmNo")}</Button>
          <Button onClick={() => props.onChoose("send-back")}>
            {t("sendBackStage", { stage: props.previousStage })}
          </Button>
          <Button onClick={() => props.onChoose("request-changes")}>{t("sendBackReporter")}</Button>
        </>
      }
    />
  );
}
