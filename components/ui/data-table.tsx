/**
 * A plain table with a labelled header row (newsroom lists). Headers never wrap (a
 * Chinese header would otherwise stack one character per line); a wide table scrolls
 * sideways inside its box. `stackOnPhone`: below 640 px each row becomes a card whose
 * cells carry their column's name (give each <td> a `data-label`), for tables whose
 * last columns matter, such as the users' actions.
 */
export function DataTable({
  columns,
  children,
  stackOnPhone = false,
}: {
  columns: string[];
  children: React.ReactNode;
  stackOnPhone?: boolean;
}) {
  return (
    <div className="overflow-x-auto">
      <table className={`w-full text-left text-sm ${stackOnPhone ? "table-stacked" : ""}`}>
        <thead className="border-b border-[var(--color-rule)] text-[var(--color-muted)]">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="whitespace-nowrap py-2 pr-4 font-medium">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-[var(--color-rule)]">{children}</tbody>
      </table>
    </div>
  );
}
