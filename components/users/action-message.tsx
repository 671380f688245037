export function ActionMessage({
  state,
}: {
  state: { ok?: boolean; message?: string; link?: string };
}) {
  if (!state.message) return null;
  return (
    <div
      role="status"
      className={`rounded border px-3 py-2 text-sm ${state.ok ? "border-green-200 bg-green-50 text-green-900" : "border-red-200 bg-red-50 text-red-800"}`}
    >
      <p>{state.message}</p>
      {state.link && <p className="mt-1 break-all font-mono text-xs">{state.link}</p>}
    </div>
  );
}
