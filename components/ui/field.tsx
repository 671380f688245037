import { useId, type InputHTMLAttributes, type SelectHTMLAttributes } from "react";
import type { TextareaHTMLAttributes } from "react";

/** What every field shares: a visible label, an optional hint and the field's own error. */
export type FieldProps = {
  label: React.ReactNode;
  hint?: React.ReactNode;
  /** A sentence about this field's value, shown beside it and announced with it. */
  error?: string | undefined;
  /** Only for rows whose label is visible elsewhere (a table column, a numbered list). */
  hideLabel?: boolean;
  /** Classes for the wrapper (layout); the control's own classes go in `controlClassName`. */
  className?: string;
  controlClassName?: string;
};

/** The look of a bordered control; disabled controls look inert (shaded, dashed border). */
export const CONTROL =
  "w-full rounded border border-[var(--color-rule)] bg-white px-2 py-1.5 text-sm disabled:cursor-not-allowed disabled:border-dashed disabled:bg-stone-100 disabled:text-[var(--color-muted)] aria-[invalid=true]:border-red-600";

// Utilities that set the same property: a caller's class replaces the base one, since
// the order of two Tailwind classes in the attribute does not decide which wins.
const GROUPS = [/^text-(xs|sm|base|lg|xl|\dxl)$/, /^w-/, /^p[xy]?-/, /^border(-\d)?$/, /^bg-/];

/** `base` with `extra` appended, minus the base classes that `extra` overrides. */
export function withClasses(base: string, extra = "") {
  const extras = extra.split(/\s+/).filter(Boolean);
  const kept = base
    .split(" ")
    .filter(
      (name) => !GROUPS.some((group) => group.test(name) && extras.some((e) => group.test(e))),
    );
  return [...kept, ...extras].join(" ");
}

/** Ids and ARIA wiring shared by the field components. */
function useField(props: FieldProps & { id?: string | undefined }) {
  const generated = useId();
  const id = props.id ?? generated;
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const control = {
    id,
    "aria-describedby": describedBy,
    "aria-invalid": props.error ? (true as const) : undefined,
  };
  const frame = (child: React.ReactNode) => (
    <div className={props.className}>
      <label
        htmlFor={id}
        className={props.hideLabel ? "sr-only" : "mb-1 block text-sm font-medium"}
      >
        {props.label}
      </label>
      {child}
      {props.hint && (
        <p id={hintId} className="mt-1 text-xs text-[var(--color-muted)]">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={errorId} className="mt-1 text-sm text-red-800">
          {props.error}
        </p>
      )}
    </div>
  );
  return { control, frame };
}

type Own = keyof FieldProps;

export function TextField(
  props: FieldProps &
    Omit<InputHTMLAttributes<HTMLInputElement>, Own> & { ref?: React.Ref<HTMLInputElement> },
) {
  const { label, hint, error, hideLabel, className, controlClassName = "", ...rest } = props;
  const { control, frame } = useField({ label, hint, error, hideLabel, className, id: rest.id });
  return frame(<input {...rest} {...control} className={withClasses(CONTROL, controlClassName)} />);
}

export function Textarea(
  props: FieldProps &
    Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, Own> & {
      ref?: React.Ref<HTMLTextAreaElement>;
      /** "plain": no box, for the headline that reads like the page it becomes. */
      appearance?: "box" | "plain";
    },
) {
  const { label, hint, error, hideLabel, className, controlClassName = "", ...rest } = props;
  const { appearance = "box", ...textarea } = rest;
  const { control, frame } = useField({ label, hint, error, hideLabel, className, id: rest.id });
  const look =
    appearance === "plain"
      ? "w-full resize-none border-0 border-b border-[var(--color-rule)] bg-transparent focus:outline-none disabled:text-[var(--color-muted)]"
      : CONTROL;
  return frame(
    <textarea {...textarea} {...control} className={withClasses(look, controlClassName)} />,
  );
}

export function Select(
  props: FieldProps &
    Omit<SelectHTMLAttributes<HTMLSelectElement>, Own> & { ref?: React.Ref<HTMLSelectElement> },
) {
  const { label, hint, error, hideLabel, className, controlClassName = "", ...rest } = props;
  const { control, frame } = useField({ label, hint, error, hideLabel, className, id: rest.id });
  return frame(
    <select {...rest} {...control} className={withClasses(CONTROL, controlClassName)} />,
  );
}
