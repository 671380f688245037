import { Logger } from "graphile-worker";

/** The job queue's log: warnings and errors only (its info lines would flood the console). */
export const quietLogger = new Logger((scope) => (level, message) => {
  if (level === "error" || level === "warning") {
    console.warn(`[jobs] ${message}`, scope.taskIdentifier ?? "");
  }
});
