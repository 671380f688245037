"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { useScriptConvert } from "./use-script-convert";

type Conversion = ReturnType<typeof useScriptConvert>;

/** "Convert to Simplified/Traditional": asks first, since it rewrites the whole story. */
export function ConvertButton(props: { language: string; conversion: Conversion }) {
  const t = useTranslations("editor");
  const [asking, setAsking] = useState(false);
  const to = props.language === "zh-Hant" ? "hans" : "hant";
  return (
    <>
      <Button variant="link" disabled={props.conversion.busy} onClick={() => setAsking(true)}>
        {to === "hans" ? t("toSimplified") : t("toTraditional")}
      </Button>
      <Dialog
        open={asking}
        onClose={() => setAsking(false)}
        title={t(`convert.title.${to}`)}
        description={t("convert.explain")}
        footer={
          <>
            <Button onClick={() => setAsking(false)}>{t("convert.cancel")}</Button>
            <Button
              variant="primary"
              onClick={() => {
                setAsking(false);
                void props.conversion.convert(to);
              }}
            >
              {t("convert.confirm")}
            </Button>
          </>
        }
      />
    </>
  );
}

/** What the last conversion did, with "Undo conversion" while it can still be undone. */
export function ConvertOutcome({ conversion }: { conversion: Conversion }) {
  const t = useTranslations("editor");
  if (!conversion.outcome) return null;
  if (conversion.outcome === "failed")
    return (
      <Alert tone="error" className="mb-2">
        {t("convertFailed")}
      </Alert>
    );
  return (
    <Alert tone="success" className="mb-2 flex flex-wrap items-center justify-between gap-2">
      <span>{t(`convert.${conversion.outcome}`)}</span>
      {conversion.canUndo && (
        <Button size="xs" onClick={() => void conversion.undo()}>
          {t("convert.undo")}
        </Button>
      )}
    </Alert>
  );
}
