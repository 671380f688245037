/** What a list says when it has nothing to show, with an optional way forward. */
export function EmptyState({
  children,
  action,
}: {
  children: React.ReactNode;
  action?: React.ReactNode;
}) {
  return (
    <div className="rounded border border-dashed border-[var(--color-rule)] px-4 py-6 text-center text-sm text-[var(--color-muted)]">
      <p>{children}</p>
      {action && <div className="mt-3">{action}</div>}
    </div>
  );
}
