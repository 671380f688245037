"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { BYLINE_ROLES, type BylineRole } from "@/lib/content/credits";
import type { ActionResult } from "@/lib/schemas/action-result";

type Contributor = { id: string; name: string; kind: string };
type Kind = "PERSON" | "ORGANIZATION";
export type CreateContributor = (input: {
  name: string;
  kind: Kind;
}) => Promise<ActionResult<Contributor>>;

/** How many matches the search lists at once. */
const SHOWN = 8;
const NEW = "new";
const input = "w-full rounded border border-[var(--color-rule)] bg-white px-2 py-1 text-sm";

/**
 * "Add byline" as one flow: find a contributor (or "New contributor…", created here),
 * choose the role (no silent default), then "Add to bylines".
 */
export function AddByline(props: {
  contributors: Contributor[];
  createContributor: CreateContributor;
  onAdd: (contributor: Contributor, role: BylineRole) => void;
  onClose: () => void;
}) {
  const t = useTranslations("editor.bylineAdd");
  const te = useTranslations("editor");
  const tr = useTranslations("roles");
  const id = useId();
  const [query, setQuery] = useState("");
  const [chosen, setChosen] = useState<string | null>(null);
  const [kind, setKind] = useState<Kind>("PERSON");
  const [role, setRole] = useState<BylineRole | "">("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const words = query.trim().toLowerCase();
  const matches = props.contributors
    .filter((contributor) => words === "" || contributor.name.toLowerCase().includes(words))
    .slice(0, SHOWN);
  const exact = props.contributors.some((c) => c.name.trim().toLowerCase() === words);
  const isNew = chosen === NEW;
  const ready = role !== "" && (isNew ? query.trim() !== "" : chosen !== null);

  async function add() {
    if (!ready) return;
    setError(null);
    if (!isNew) {
      const contributor = props.contributors.find((c) => c.id === chosen);
      if (contributor) props.onAdd(contributor, role);
      return;
    }
    setBusy(true);
    const result = await props.createContributor({ name: query.trim(), kind }).catch(() => null);
    setBusy(false);
    if (!result?.ok) return setError(t("failed"));
    props.onAdd(result.data, role);
  }

  return (
    <div
      role="group"
      aria-label={te("addByline")}
      className="space-y-2 rounded border border-[var(--color-rule)] bg-[var(--color-paper)] p-2"
    >
      <div>
        <label htmlFor={`${id}-find`} className="block text-xs font-medium">
          {t("find")}
        </label>
        <input
          id={`${id}-find`}
          type="search"
          value={query}
          autoFocus
          onChange={(event) => {
            setQuery(event.target.value);
            if (chosen !== NEW) setChosen(null);
          }}
          className={input}
        />
      </div>
      <div role="radiogroup" aria-label={t("contributor")} className="space-y-0.5 text-sm">
        {matches.map((contributor) => (
          <label key={contributor.id} className="flex items-center gap-2">
            <input
              type="radio"
              name={`${id}-who`}
              checked={chosen === contributor.id}
              onChange={() => setChosen(contributor.id)}
            />
            <span>
              {contributor.name}{" "}
              <span className="text-xs text-[var(--color-muted)]">
                {contributor.kind === "ORGANIZATION" ? te("organization") : te("person")}
              </span>
            </span>
          </label>
        ))}
        {matches.length === 0 && <p className="text-xs text-[var(--color-muted)]">{t("none")}</p>}
        {!exact && (
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name={`${id}-who`}
              checked={isNew}
              onChange={() => setChosen(NEW)}
            />
            <span>{query.trim() ? t("newNamed", { name: query.trim() }) : t("new")}</span>
          </label>
        )}
      </div>
      {isNew && (
        <div>
          <label htmlFor={`${id}-kind`} className="block text-xs font-medium">
            {te("contributorKind")}
          </label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(event) => setKind(event.target.value as Kind)}
            className={input}
          >
            <option value="PERSON">{te("person")}</option>
            <option value="ORGANIZATION">{te("organization")}</option>
          </select>
          {query.trim() === "" && <p className="text-xs text-amber-800">{t("typeName")}</p>}
        </div>
      )}
      <div>
        <label htmlFor={`${id}-role`} className="block text-xs font-medium">
          {t("role")}
        </label>
        <select
          id={`${id}-role`}
          value={role}
          onChange={(event) => setRole(event.target.value as BylineRole | "")}
          className={input}
        >
          <option value="">{t("chooseRole")}</option>
          {BYLINE_ROLES.map((name) => (
            <option key={name} value={name}>
              {tr(name)}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <button
          type="button"
          disabled={!ready || busy}
          onClick={() => void add()}
          className="rounded bg-[var(--color-ink)] px-2 py-1 text-sm text-white disabled:opacity-50"
        >
          {t("add")}
        </button>
        <button
          type="button"
          onClick={props.onClose}
          className="rounded border border-[var(--color-rule)] bg-white px-2 py-1 text-sm"
        >
          {t("cancel")}
        </button>
      </div>
    </div>
  );
}
