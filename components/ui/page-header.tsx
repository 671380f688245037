/** A page's h1 (with the id its section is labelled by), an optional line under it, and actions. */
export function PageHeader({
  title,
  id,
  description,
  actions,
  className = "mb-6",
}: {
  title: React.ReactNode;
  id?: string;
  description?: React.ReactNode;
  actions?: React.ReactNode;
  /** Spacing below; pass "" inside a parent that spaces its children. */
  className?: string;
}) {
  return (
    <div className={`flex flex-wrap items-end justify-between gap-3 ${className}`}>
      <div className="min-w-0">
        <h1 id={id} className="text-2xl font-bold">
          {title}
        </h1>
        {description && <p className="mt-1 text-sm text-[var(--color-muted)]">{description}</p>}
      </div>
      {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
    </div>
  );
}
