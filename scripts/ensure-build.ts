/** Builds the app when there is no build or a source changed since the last one. */
import { isBuildStale, runBuild } from "../lib/runtime/build";
import { root } from "./with-database";

if (isBuildStale(root)) {
  console.log("Building Galley for the end-to-end tests…");
  await runBuild(root);
} else {
  console.log("The production build is up to date.");
}
