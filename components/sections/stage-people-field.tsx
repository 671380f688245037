"use client";

import { useCallback } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Combobox, type ComboboxItem } from "@/components/ui/combobox";
import type { NameablePerson } from "@/lib/schemas/review-chain-page";

/** Suggestions shown at once; the list is the newsroom's reviewers, already on the page. */
const MAX_SUGGESTIONS = 10;

/**
 * The people a stage names: a type-ahead over the reviewers the page was given (no
 * request: the list is short and already here), and each chosen person as a chip with
 * "Remove <person> from <stage>". Someone who can no longer pass (deactivated, or now a
 * reporter) stays listed, marked, until removed; a save naming them is refused.
 */
export function StagePeopleField({
  userIds,
  people,
  stage,
  error,
  onChange,
}: {
  userIds: string[];
  people: NameablePerson[];
  /** The stage's label, for the remove buttons' names. */
  stage: string;
  error?: string | undefined;
  onChange: (userIds: string[]) => void;
}) {
  const t = useTranslations("reviewChain");
  const tRoles = useTranslations("roles.user");
  const labelOf = useCallback(
    (person: NameablePerson) =>
      person.isActive
        ? `${person.name} (${tRoles(person.role)})`
        : t("inactive", { name: person.name }),
    [t, tRoles],
  );
  const search = useCallback(
    async (q: string): Promise<ComboboxItem[]> => {
      const needle = q.toLowerCase();
      return people
        .filter((person) => person.isActive && !userIds.includes(person.id))
        .filter((person) => person.name.toLowerCase().includes(needle))
        .slice(0, MAX_SUGGESTIONS)
        .map((person) => ({
          id: person.id,
          label: labelOf(person),
          exact: person.name.toLowerCase() === needle,
        }));
    },
    [people, userIds, labelOf],
  );
  const byId = new Map(people.map((person) => [person.id, person]));
  return (
    <div className="space-y-2">
      <Combobox
        label={t("people")}
        hint={t("peopleHint")}
        emptyText={t("noPeopleMatch")}
        search={search}
        error={error}
        onPick={(item) => onChange([...userIds, item.id])}
      />
      {userIds.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-label={t("namedFor", { stage })}>
          {userIds.map((id) => {
            const person = byId.get(id);
            const name = person?.name ?? t("refusals.unknownPerson");
            return (
              <li
                key={id}
                className="flex items-center gap-1 rounded border border-[var(--color-rule)] bg-white py-0.5 pl-2 pr-1 text-sm"
              >
                {person ? labelOf(person) : name}
                <Button
                  size="xs"
                  variant="ghost"
                  aria-label={t("removePerson", { person: name, stage })}
                  onClick={() => onChange(userIds.filter((other) => other !== id))}
                >
                  <span aria-hidden="true">×</span>
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
