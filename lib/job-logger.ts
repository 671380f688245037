import { Logger } from "graphile-worker";
import { log } from "./log";

/** The job queue's log: warnings and errors only (its info lines would flood the log). */
export const quietLogger = new Logger((scope) => (level, message) => {
  if (level === "error" || level === "warning") {
    log[level === "error" ? "error" : "warn"]({ task: scope.taskIdentifier }, `jobs: ${message}`);
  }
});
