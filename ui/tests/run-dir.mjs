// Runs every *.test.mjs in a directory under node's test runner, one file at a time. Files are
// discovered, never listed by hand, so a new one cannot be skipped; finding none is a failure.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

export function runTestsIn(dir, label) {
  const files = readdirSync(dir).filter((f) => f.endsWith(".test.mjs")).sort().map((f) => join(dir, f));
  if (files.length === 0) {
    console.error(`${label}: no *.test.mjs files in ${dir}`);
    process.exit(1);
  }
  console.log(`${label}: ${files.length} files`);
  const r = spawnSync(process.execPath, ["--test", "--test-concurrency=1", ...files], { stdio: "inherit" });
  process.exit(r.status ?? 1);
}
