"use client";

import { useEffect, useId, useRef, useState } from "react";
import { TextField } from "./field";

export type ComboboxItem = { id: string; label: string; exact?: boolean };

/** How long typing must pause before the server is asked (one request per pause, not per key). */
const PAUSE_MS = 150;

/**
 * A text field that suggests as you type (the ARIA combobox pattern, list autocomplete):
 * ↓/↑ move through the suggestions, Enter picks one, Escape closes the list (and clears
 * the text when it is already closed). Suggestions come from `search`, asked after a
 * pause; an answer to an older query is dropped. With `createLabel`, a last option
 * creates what was typed, offered when no suggestion is exactly it.
 */
export function Combobox(props: {
  label: string;
  hint?: string;
  /** What `search` answered nothing for ("No tags match."). */
  emptyText: string;
  search: (q: string) => Promise<ComboboxItem[]>;
  onPick: (item: ComboboxItem) => void;
  createLabel?: (q: string) => string;
  onCreate?: (q: string) => void;
  disabled?: boolean;
  error?: string;
}) {
  const id = useId();
  const listId = `${id}-list`;
  const [q, setQ] = useState("");
  // The suggestions and the text they answer: until a new answer arrives the last one
  // stays on screen, but "Create …" waits for the answer about what is typed now.
  const [answer, setAnswer] = useState<{ q: string; items: ComboboxItem[] }>({ q: "", items: [] });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const asked = useRef(0);
  const { search } = props;

  useEffect(() => {
    const text = q.trim();
    const ask = ++asked.current;
    if (!text) return;
    const timer = setTimeout(() => {
      void search(text).then(
        (found) => ask === asked.current && setAnswer({ q: text, items: found }),
        () => ask === asked.current && setAnswer({ q: text, items: [] }),
      );
    }, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [q, search]);

  const text = q.trim();
  const { items } = answer;
  const canCreate = Boolean(
    props.onCreate && text && answer.q === text && !items.some((item) => item.exact),
  );
  const count = items.length + (canCreate ? 1 : 0);
  const expanded = open && text !== "";
  const optionId = (index: number) => `${id}-option-${index}`;

  function choose(index: number) {
    const item = items[index];
    if (item) props.onPick(item);
    else if (canCreate) props.onCreate?.(text);
    else return;
    setQ("");
    setAnswer({ q: "", items: [] });
    setActive(-1);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      if (count === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (current + step + count) % count);
    } else if (event.key === "Enter") {
      if (!expanded) return;
      event.preventDefault(); // never submit a surrounding form from the list
      // Nothing highlighted: the exact match if there is one, else "Create …".
      choose(active >= 0 ? active : items[0]?.exact ? 0 : items.length);
    } else if (event.key === "Escape") {
      if (expanded) setOpen(false);
      else setQ("");
      setActive(-1);
    }
  }

  return (
    <div className="relative">
      <TextField
        label={props.label}
        hint={props.hint}
        error={props.error}
        value={q}
        disabled={props.disabled}
        autoComplete="off"
        spellCheck={false}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        onChange={(event) => {
          setQ(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={props.label}
        hidden={!expanded}
        className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded border border-[var(--color-rule)] bg-white py-1 text-sm shadow"
      >
        {items.map((item, index) => (
          <li
            key={item.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className={`cursor-pointer px-2 py-1 ${index === active ? "bg-[var(--color-paper)] font-medium" : ""}`}
            // mousedown, not click: the field's blur would close the list first.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(index);
            }}
          >
            {item.label}
          </li>
        ))}
        {canCreate && props.createLabel && (
          <li
            id={optionId(items.length)}
            role="option"
            aria-selected={active === items.length}
            className={`cursor-pointer px-2 py-1 italic ${active === items.length ? "bg-[var(--color-paper)]" : ""}`}
            onMouseDown={(event) => {
              event.preventDefault();
              choose(items.length);
            }}
          >
            {props.createLabel(text)}
          </li>
        )}
        {count === 0 && answer.q === text && (
          <li role="presentation" className="px-2 py-1 text-[var(--color-muted)]">
            {props.emptyText}
          </li>
        )}
      </ul>
    </div>
  );
}
