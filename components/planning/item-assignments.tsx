import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import type { AssignmentRole } from "@/lib/schemas/planning";
import type { PlanItemView } from "@/lib/schemas/plan-item-view";
import { instantToWallTime, newsroomTimeZone } from "@/lib/time-zone";
import type { Assign } from "./assign-form";
import { ManageAssignment, RespondButtons } from "./assignment-actions";
import type { Choice } from "./plan-item-fields";

type Actions = {
  respond: React.ComponentProps<typeof RespondButtons>["action"];
  withdraw: React.ComponentProps<typeof ManageAssignment>["withdraw"];
  assign: Assign;
};

/**
 * Who is on the item: person, role, deadline, where their answer stands (a decline with
 * its reason), the editor's note. The assignee answers here; an editor withdraws or
 * reassigns. Withdrawn assignments stay listed, struck through, as the record.
 */
export async function ItemAssignments(props: {
  item: PlanItemView;
  meId: string;
  people: Choice[];
  actions: Actions;
}) {
  const t = await getTranslations("planning");
  const roles = await getTranslations("roles");
  const format = await getFormatter();
  const zone = newsroomTimeZone();
  const { item } = props;
  if (item.assignments.length === 0) return <EmptyState>{t("assignment.none")}</EmptyState>;
  return (
    <ul className="divide-y divide-[var(--color-rule)] rounded border border-[var(--color-rule)]">
      {item.assignments.map((a) => {
        const withdrawn = a.status === "WITHDRAWN";
        return (
          <li
            key={a.id}
            aria-label={`${a.user.name} · ${roles(a.role)}`}
            className="flex flex-wrap items-start justify-between gap-3 p-3"
          >
            <div
              className={`space-y-1 text-sm ${withdrawn ? "text-[var(--color-muted)] line-through" : ""}`}
            >
              <p>
                <span className="font-semibold">{a.user.name}</span> · {roles(a.role)}
                {!a.user.isActive && ` (${t("assignment.deactivated")})`}
              </p>
              <p>
                {t("assignment.deadline")}{" "}
                <time dateTime={a.deadline.toISOString()}>
                  {format.dateTime(a.deadline, {
                    dateStyle: "medium",
                    timeStyle: "short",
                    timeZone: zone,
                  })}
                </time>
              </p>
              <p>
                <span className="font-medium">{t(`assignmentStatus.${a.status}`)}</span>
                {a.declineReason && ` — ${a.declineReason}`}
              </p>
              {a.note && <p className="text-[var(--color-muted)]">{a.note}</p>}
            </div>
            {a.userId === props.meId && a.status === "PENDING" && (
              <RespondButtons assignmentId={a.id} action={props.actions.respond} />
            )}
            {item.may.manage && !withdrawn && item.status === "PLANNED" && (
              <ManageAssignment
                itemId={item.id}
                assignmentId={a.id}
                personName={a.user.name}
                role={a.role as AssignmentRole}
                withdraw={props.actions.withdraw}
                assign={props.actions.assign}
                people={props.people}
                defaultDeadline={instantToWallTime(a.deadline, zone)}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
