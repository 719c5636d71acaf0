// `npm run test:browser`: every browser test file next to this one.
import { fileURLToPath } from "node:url";
import { runTestsIn } from "../run-dir.mjs";

runTestsIn(fileURLToPath(new URL(".", import.meta.url)), "browser tests");
