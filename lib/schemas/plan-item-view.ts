import type { PlanState } from "@/lib/workflow/plan-state";
import type { ReviewStage } from "@/lib/workflow/review-chain";

type SectionNames = { name: string; nameEn: string; nameHans: string | null };

/** A planned item (or pitch) as its page shows it: what getPlanItem answers. */
export type PlanItemView = {
  id: string;
  status: "PITCHED" | "DECLINED" | "PLANNED" | "SPIKED";
  headline: string;
  summary: string | null;
  sectionId: string | null;
  section: SectionNames | null;
  /** "2026-12-07" */
  day: string;
  expectedLength: number | null;
  lengthUnit: "CHARACTERS" | "WORDS";
  needs: string[];
  webSlot: string | null;
  printPage: string | null;
  decisionNote: string | null;
  decidedAt: Date | null;
  version: number;
  createdAt: Date;
  pitchedBy: { id: string; name: string };
  decidedBy: { name: string } | null;
  event: { id: string; title: string; startsAt: Date; place: string | null } | null;
  eventId: string | null;
  article: { id: string; headline: string; status: string; dueAt: Date | null } | null;
  assignments: Array<{
    id: string;
    userId: string;
    role: string;
    deadline: Date;
    note: string | null;
    status: "PENDING" | "ACCEPTED" | "DECLINED" | "WITHDRAWN";
    declineReason: string | null;
    respondedAt: Date | null;
    user: { name: string; isActive: boolean };
    assignedBy: { name: string };
  }>;
  state: { state: PlanState; stage: ReviewStage | null };
  may: { manage: boolean; startStory: boolean };
};

/** One of "My assignments" on /newsroom: what listMyAssignments answers. */
export type MyAssignment = {
  id: string;
  itemId: string;
  headline: string;
  role: string;
  deadline: Date;
  status: "PENDING" | "ACCEPTED";
  state: PlanState;
  articleId: string | null;
};
