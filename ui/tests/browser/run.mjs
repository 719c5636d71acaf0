// `npm run test:browser`: node's test runner over the browser tests.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
const dir = fileURLToPath(new URL(".", import.meta.url));
const r = spawnSync(process.execPath, ["--test", "--test-concurrency=1", `${dir}campaigns.test.mjs`, `${dir}accounts.test.mjs`], { stdio: "inherit" });
process.exit(r.status ?? 1);
