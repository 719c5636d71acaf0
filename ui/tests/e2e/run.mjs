// `npm run test:e2e`: needs a display (scripts/test wraps it in xvfb-run) and tauri-driver.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
const dir = fileURLToPath(new URL(".", import.meta.url));
const r = spawnSync(process.execPath, ["--test", "--test-concurrency=1", `${dir}app.test.mjs`], { stdio: "inherit" });
process.exit(r.status ?? 1);
