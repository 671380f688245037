import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { NewStoryButton } from "@/components/newsroom/new-story-button";
import { QueueTable } from "@/components/newsroom/queue-table";
import { MyAssignments } from "@/components/planning/my-assignments";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { can, requireUser, toActor } from "@/lib/auth";
import { getEditorOptions } from "@/lib/server/articles/get-article-for-edit";
import {
  listApproved,
  listDeskQueues,
  listMyStories,
  listReviewQueue,
  listScheduled,
  listWaitingForMe,
} from "@/lib/server/newsroom/queues";
import { listMyAssignments } from "@/lib/server/planning/assignments/list-my-assignments";
import { newsroomTimeZone } from "@/lib/time-zone";
import { createArticleAction, createLiveCoverageAction } from "./articles/actions";
import { DeskQueues, WaitingForMe } from "./stage-queues";

type Props = { searchParams: Promise<{ section?: string | string[] }> };

const UUID = /^[0-9a-f-]{36}$/i;

/**
 * The newsroom's front page: "Waiting for me" (stories at a stage this person may pass)
 * and a queue per desk they head; for editors and admins the whole "Review queue"
 * (oldest first, by section), "Approved" (ready to publish) and "Scheduled"; and
 * "My stories" by state for those who write. A proofreader sees only what they can act on.
 */
export default async function NewsroomHome({ searchParams }: Props) {
  await connection();
  const user = await requireUser();
  const actor = toActor(user);
  const t = await getTranslations();
  const locale = await getLocale();
  const timeZone = newsroomTimeZone();
  const section = (await searchParams).section;
  const sectionId = typeof section === "string" && UUID.test(section) ? section : null;
  // The whole desk's lists are for those who publish: a proofreader passes only proof
  // stages, and "Waiting for me" is their list.
  const isDesk = can(actor, "article.publish");
  const passesStages = can(actor, "article.review");
  const writes = can(actor, "article.create");
  const [assignments, waiting, desks, mine, queue, approved, scheduled, options] =
    await Promise.all([
      listMyAssignments(actor),
      passesStages ? listWaitingForMe(actor) : null,
      listDeskQueues(actor),
      listMyStories(actor),
      isDesk ? listReviewQueue(actor, { sectionId }) : null,
      isDesk ? listApproved(actor) : null,
      isDesk ? listScheduled(actor) : null,
      isDesk ? getEditorOptions({ listing: true }) : null,
    ]);
  return (
    <div className="space-y-10">
      <PageHeader
        title={t("newsroom.stories")}
        className=""
        actions={
          writes ? (
            <div className="flex flex-wrap gap-2">
              {can(actor, "live.manage") && (
                <NewStoryButton
                  label={t("live.desk.newCoverage")}
                  action={createLiveCoverageAction}
                  variant="secondary"
                />
              )}
              <NewStoryButton label={t("editor.newStory")} action={createArticleAction} />
            </div>
          ) : undefined
        }
      />

      {assignments.length > 0 && <MyAssignments rows={assignments} timeZone={timeZone} />}
      {waiting && <WaitingForMe rows={waiting} timeZone={timeZone} />}
      {desks.length > 0 && <DeskQueues desks={desks} timeZone={timeZone} />}

      {queue && options && (
        <section aria-labelledby="queue-heading">
          <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
            <h2 id="queue-heading" className="text-lg font-semibold">
              {t("queues.reviewQueue")}{" "}
              <span className="text-sm font-normal text-[var(--color-muted)]">
                ({queue.length})
              </span>
            </h2>
            {/* A plain GET form: filtering works without JavaScript. */}
            <form method="get" className="flex items-end gap-2 text-sm">
              <Select
                id="queue-section"
                name="section"
                label={t("queues.section")}
                defaultValue={sectionId ?? ""}
                controlClassName="w-auto"
              >
                <option value="">{t("queues.allSections")}</option>
                {options.sections.map((option) => (
                  <option key={option.id} value={option.id}>
                    {locale === "en" && option.nameEn ? option.nameEn : option.name}
                  </option>
                ))}
              </Select>
              <Button type="submit">{t("queues.filter")}</Button>
            </form>
          </div>
          {queue.length === 0 ? (
            <EmptyState>{t("queues.emptyQueue")}</EmptyState>
          ) : (
            <QueueTable rows={queue} timeColumn="waitingSince" timeZone={timeZone} showStage />
          )}
        </section>
      )}

      {approved && (
        <section aria-labelledby="approved-heading">
          <h2 id="approved-heading" className="text-lg font-semibold">
            {t("queues.approved")}{" "}
            <span className="text-sm font-normal text-[var(--color-muted)]">
              ({approved.length})
            </span>
          </h2>
          <p className="mb-3 text-sm text-[var(--color-muted)]">{t("queues.approvedHint")}</p>
          {approved.length === 0 ? (
            <p className="text-[var(--color-muted)]">{t("queues.noApproved")}</p>
          ) : (
            <QueueTable rows={approved} timeColumn="approvedSince" timeZone={timeZone} />
          )}
        </section>
      )}

      {scheduled && (
        <section aria-labelledby="scheduled-heading">
          <h2 id="scheduled-heading" className="mb-3 text-lg font-semibold">
            {t("queues.scheduled")}
          </h2>
          {scheduled.length === 0 ? (
            <EmptyState>{t("queues.noScheduled")}</EmptyState>
          ) : (
            <QueueTable rows={scheduled} timeColumn="publishesAt" timeZone={timeZone} />
          )}
        </section>
      )}

      {(writes || mine.length > 0) && (
        <section aria-labelledby="mine-heading">
          <h2 id="mine-heading" className="mb-3 text-lg font-semibold">
            {t("queues.myStories")}
          </h2>
          {mine.length === 0 ? (
            <EmptyState>{t("newsroom.noStories")}</EmptyState>
          ) : (
            mine.map((group) => (
              <section key={group.status} aria-labelledby={`mine-${group.status}`} className="mb-6">
                <h3
                  id={`mine-${group.status}`}
                  className="mb-1 text-sm font-semibold text-[var(--color-muted)]"
                >
                  {t(`status.${group.status}`)} · {group.stories.length}
                </h3>
                <QueueTable rows={group.stories} timeColumn="lastChanged" timeZone={timeZone} />
              </section>
            ))
          )}
          {isDesk && (
            <p className="text-sm">
              <Link href="/newsroom/stories" className="underline">
                {t("newsroom.allStories")}
              </Link>
            </p>
          )}
        </section>
      )}
    </div>
  );
}
