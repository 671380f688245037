export type AlertTone = "info" | "success" | "warning" | "error";

const TONES: Record<AlertTone, string> = {
  info: "border-sky-200 bg-sky-50 text-sky-900",
  success: "border-green-200 bg-green-50 text-green-900",
  warning: "border-amber-300 bg-amber-50 text-amber-900",
  error: "border-red-200 bg-red-50 text-red-800",
};

/**
 * A message in a box. Errors are announced at once (role "alert"), the rest politely
 * (role "status"); pass `role` only to override that.
 */
export function Alert({
  tone = "info",
  role,
  title,
  className = "",
  children,
  ...rest
}: {
  tone?: AlertTone;
  role?: "alert" | "status" | "region" | "group" | "none";
  title?: React.ReactNode;
  className?: string;
  children?: React.ReactNode;
  id?: string;
  "aria-label"?: string;
  "data-testid"?: string;
}) {
  return (
    <div
      role={role ?? (tone === "error" ? "alert" : "status")}
      className={`rounded border px-3 py-2 text-sm ${TONES[tone]} ${className}`}
      {...rest}
    >
      {title && <p className="font-medium">{title}</p>}
      {children}
    </div>
  );
}
