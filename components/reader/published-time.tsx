import { getFormatter } from "next-intl/server";

/** How the reader site prints a time (in the newsroom's zone, the request config's). */
export const READER_TIME_FORMAT = {
  year: "numeric",
  month: "long",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
} as const;

/** A time in the newsroom's zone, machine-readable in `datetime`. */
export async function PublishedTime({ date, label }: { date: Date; label: string }) {
  const format = await getFormatter();
  return (
    <span>
      {label} <time dateTime={date.toISOString()}>{format.dateTime(date, READER_TIME_FORMAT)}</time>
    </span>
  );
}
