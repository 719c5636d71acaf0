// `npm run test:e2e`: needs a display (scripts/test wraps it in xvfb-run) and tauri-driver.
import { fileURLToPath } from "node:url";
import { runTestsIn } from "../run-dir.mjs";

runTestsIn(fileURLToPath(new URL(".", import.meta.url)), "end-to-end tests");
