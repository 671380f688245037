"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import type { ActionResult } from "@/lib/schemas/action-result";
import type { Choice } from "./plan-item-fields";
import { usePlanAction } from "./use-plan-action";

type Start = (input: { itemId: string }) => Promise<ActionResult<{ articleId: string }>>;
type Link = (input: { itemId: string; articleId: string | null }) => Promise<ActionResult<unknown>>;

/**
 * The item's story: "Start story" (opens the new draft in the editor), or an editor's
 * "Link story" (a story written before it was planned) and "Unlink story".
 */
export function ItemStory(props: {
  itemId: string;
  hasStory: boolean;
  mayStart: boolean;
  mayLink: boolean;
  stories: Choice[];
  start: Start;
  link: Link;
}) {
  const t = useTranslations("planning");
  const router = useRouter();
  const starting = usePlanAction<{ articleId: string }>();
  const linking = usePlanAction<unknown>();
  const startRefusal = starting.result && !starting.result.ok ? starting.sentence("started") : null;
  const linkMessage = linking.sentence("linked");
  return (
    <div className="space-y-3">
      {props.mayStart && !props.hasStory && (
        <div className="flex flex-wrap items-center gap-3">
          <Button
            variant="primary"
            disabled={starting.pending}
            onClick={() =>
              starting.run(
                () => props.start({ itemId: props.itemId }),
                ({ articleId }) => router.push(`/newsroom/articles/${articleId}`),
                { navigates: true },
              )
            }
          >
            {t("story.start")}
          </Button>
          {startRefusal && (
            <p role="alert" className="text-sm text-red-800">
              {startRefusal}
            </p>
          )}
        </div>
      )}
      {props.mayLink && props.hasStory && (
        <Button
          size="xs"
          variant="ghost"
          disabled={linking.pending}
          onClick={() => linking.run(() => props.link({ itemId: props.itemId, articleId: null }))}
        >
          {t("story.unlink")}
        </Button>
      )}
      {props.mayLink && !props.hasStory && (
        <form
          className="flex flex-wrap items-end gap-3"
          aria-label={t("story.linkForm")}
          onSubmit={(event) => {
            event.preventDefault();
            const articleId = String(new FormData(event.currentTarget).get("articleId") ?? "");
            linking.run(() => props.link({ itemId: props.itemId, articleId: articleId || null }));
          }}
        >
          <Select
            name="articleId"
            label={t("story.choose")}
            defaultValue=""
            className="min-w-64"
            error={linking.fieldError("articleId")}
          >
            <option value="" disabled>
              {props.stories.length ? t("story.chooseHint") : t("story.none")}
            </option>
            {props.stories.map((story) => (
              <option key={story.id} value={story.id}>
                {story.label}
              </option>
            ))}
          </Select>
          <Button type="submit" disabled={linking.pending || props.stories.length === 0}>
            {t("story.link")}
          </Button>
        </form>
      )}
      {linkMessage && !linking.fieldError("articleId") && (
        <p role={linking.result?.ok ? "status" : "alert"} className="text-sm">
          {linkMessage}
        </p>
      )}
    </div>
  );
}
