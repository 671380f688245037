"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useResultSentences } from "@/components/ui/use-result-sentences";
import type { ActionResult } from "@/lib/schemas/action-result";

/**
 * One planning action on a page: run it, keep its answer for the sentence and the field
 * errors (`planning.done.*`, `planning.refusals.*`), and refresh the server-rendered page
 * after a success so the item, budget or list shows the change.
 */
export function usePlanAction<T>() {
  const router = useRouter();
  const { sentence, fieldError } = useResultSentences("planning");
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [pending, startTransition] = useTransition();
  /** `after` runs on success; the page is then refreshed unless `after` navigates away. */
  function run(
    call: () => Promise<ActionResult<T>>,
    after?: (data: T) => void,
    options: { navigates?: boolean } = {},
  ) {
    setResult(null);
    startTransition(async () => {
      const answer = await call();
      setResult(answer);
      if (answer.ok) {
        after?.(answer.data);
        if (!options.navigates) router.refresh();
      }
    });
  }
  return {
    result,
    pending,
    run,
    sentence: (done: string) => sentence(result, done),
    fieldError: (name: string) => fieldError(result, name),
    reset: () => setResult(null),
  };
}

/** A form's fields as one object; repeated names (the "Needs" boxes) as a list. */
export function formValues(form: HTMLFormElement): Record<string, unknown> {
  const data = new FormData(form);
  const values: Record<string, unknown> = {};
  for (const key of new Set(data.keys())) {
    const all = data.getAll(key).filter((value): value is string => typeof value === "string");
    values[key] = key === "needs" ? all : all[0];
  }
  if (!("needs" in values) && form.querySelector('[name="needs"]')) values.needs = [];
  return values;
}
