import { getFormatter } from "next-intl/server";

/** A time in the newsroom's zone, machine-readable in `datetime`. */
export async function PublishedTime({ date, label }: { date: Date; label: string }) {
  const format = await getFormatter();
  return (
    <span>
      {label}{" "}
      <time dateTime={date.toISOString()}>
        {format.dateTime(date, {
          year: "numeric",
          month: "long",
          day: "numeric",
          hour: "2-digit",
          minute: "2-digit",
        })}
      </time>
    </span>
  );
}
