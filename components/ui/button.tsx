import type { ButtonHTMLAttributes } from "react";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost" | "link";
export type ButtonSize = "xs" | "sm" | "md";

const BASE =
  "inline-flex items-center justify-center gap-1 rounded whitespace-nowrap disabled:cursor-not-allowed disabled:opacity-50";
const VARIANTS: Record<ButtonVariant, string> = {
  primary: "bg-[var(--color-ink)] text-white hover:opacity-90",
  secondary: "border border-[var(--color-rule)] bg-white hover:bg-[var(--color-paper)]",
  danger: "bg-red-700 text-white hover:bg-red-800",
  ghost: "hover:bg-[var(--color-rule)]",
  link: "underline underline-offset-2 hover:text-[var(--color-accent)]",
};
const SIZES: Record<ButtonSize, string> = {
  xs: "px-2 py-0.5 text-xs",
  sm: "px-3 py-1 text-sm",
  md: "px-4 py-2",
};

/** The class list of a button, for links and labels that must look like one. */
export function buttonClass(variant: ButtonVariant = "secondary", size: ButtonSize = "sm") {
  return `${BASE} ${VARIANTS[variant]} ${variant === "link" ? "text-sm" : SIZES[size]}`;
}

/**
 * Galley's button. `type` defaults to "button" so a button inside a form never submits
 * it by accident; pass `type="submit"` for the one that should.
 */
export function Button({
  variant = "secondary",
  size = "sm",
  className = "",
  type = "button",
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  ref?: React.Ref<HTMLButtonElement>;
}) {
  return <button type={type} className={`${buttonClass(variant, size)} ${className}`} {...rest} />;
}
