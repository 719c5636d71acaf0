#!/usr/bin/env python3
"""Startup and idle memory of Crescendo beside the empty Tauri app, as a new user meets them.

Each app is started on one Xvfb screen (1280x800) with WEBKIT_DISABLE_DMABUF_RENDERER=1 and a
fresh home. Interleaved runs after one warm-up each. Per run:
  - the startup timeline the app itself writes (CRESCENDO_STARTUP_LOG): process, page loaded,
    mounted, workspace, first data, painted (Crescendo's campaigns list; the empty app's page);
  - from outside: the screen is captured with xwd in a loop, and the time of the first capture
    that already shows the settled screen (the one 2 s after the paint mark) is recorded, so the
    app's own mark is checked against what a user could see;
  - PSS (not summed RSS) of the app and all its descendants 10 s after exec.
Usage: startup.py --app NAME=PATH [--app ...] [--env NAME=VAR=VALUE] [--runs 10]
                  [--returning NAME] --out FILE
"""
import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

SETTLE_S = 2.0
IDLE_S = 10.0
TIMEOUT_S = 60.0


def descendants(root):
    kids = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        kids.setdefault(ppid, []).append(int(d))
    out, todo = [], [root]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(kids.get(p, []))
    return out


def pss_kb(pid):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def proc_name(pid):
    try:
        with open(f"/proc/{pid}/comm") as f:
            return f.read().strip()
    except OSError:
        return "?"


class Screen(threading.Thread):
    """Captures the root window over and over: (start, end, bytes) per capture."""

    def __init__(self, display):
        super().__init__(daemon=True)
        self.display = display
        self.frames = []
        self.stop = threading.Event()

    def run(self):
        env = dict(os.environ, DISPLAY=self.display)
        while not self.stop.is_set():
            t0 = time.time()
            shot = subprocess.run(["xwd", "-root", "-silent"], env=env, capture_output=True)
            t1 = time.time()
            if shot.returncode == 0:
                self.frames.append((t0, t1, shot.stdout))


def similar(a, b, step=997):
    """Share of sampled bytes that are equal (the header and the pixels alike)."""
    if len(a) != len(b) or not a:
        return 0.0
    same = sum(1 for i in range(0, len(a), step) if a[i] == b[i])
    return same / len(range(0, len(a), step))


def read_marks(path):
    marks = {}
    try:
        with open(path) as f:
            for line in f:
                parts = line.split()
                if len(parts) == 2 and parts[0] not in marks:
                    marks[parts[0]] = int(parts[1]) / 1000.0
    except OSError:
        pass
    return marks


def stop_tree(proc):
    pids = descendants(proc.pid)
    for p in reversed(pids):
        try:
            os.kill(p, signal.SIGTERM)
        except OSError:
            pass
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        for p in pids:
            try:
                os.kill(p, signal.SIGKILL)
            except OSError:
                pass
        proc.wait(timeout=5)


def one_run(name, path, display, home, blank, extra_env):
    log = os.path.join(home, "marks.txt")
    env = dict(
        os.environ,
        **extra_env,
        DISPLAY=display,
        WEBKIT_DISABLE_DMABUF_RENDERER="1",
        CRESCENDO_STARTUP_LOG=log,
        XDG_DATA_HOME=os.path.join(home, "data"),
        XDG_CONFIG_HOME=os.path.join(home, "config"),
        XDG_CACHE_HOME=os.path.join(home, "cache"),
    )
    screen = Screen(display)
    screen.start()
    time.sleep(0.05)
    t0 = time.time()
    proc = subprocess.Popen([path], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    painted = None
    while time.time() - t0 < TIMEOUT_S:
        marks = read_marks(log)
        if "painted" in marks:
            painted = marks["painted"]
            break
        if proc.poll() is not None:
            break
        time.sleep(0.02)
    if painted is not None:
        time.sleep(max(0.0, painted + SETTLE_S - time.time()))
    screen.stop.set()
    screen.join()
    time.sleep(max(0.0, t0 + IDLE_S - time.time()))
    tree = descendants(proc.pid) if proc.poll() is None else []
    per_process = {}
    for p in tree:
        per_process[proc_name(p)] = per_process.get(proc_name(p), 0) + pss_kb(p)
    marks = read_marks(log)
    stop_tree(proc)
    run = {
        "app": name,
        "marks_ms": {k: round((v - t0) * 1000) for k, v in sorted(marks.items(), key=lambda kv: kv[1])},
        "pss_kb": sum(per_process.values()),
        "pss_by_process_kb": per_process,
    }
    frames = screen.frames
    if painted is not None and frames:
        final = frames[-1][2]
        run["settled_differs_from_blank"] = similar(final, blank) < 0.99
        seen = next((f for f in frames if similar(f[2], final) >= 0.995), None)
        if seen:
            run["screen_ms"] = round((seen[1] - t0) * 1000)
            run["screen_capture_ms"] = round((seen[1] - seen[0]) * 1000)
    return run


def summary(values):
    if not values:
        return None
    values = sorted(values)
    q = statistics.quantiles(values, n=4) if len(values) > 1 else [values[0]] * 3
    return {"median": statistics.median(values), "min": values[0], "max": values[-1], "q1": q[0], "q3": q[2], "n": len(values)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--app", action="append", required=True, help="NAME=PATH")
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--returning", action="append", default=[], help="apps also measured on a second start with the first start's data kept")
    ap.add_argument("--env", action="append", default=[], help="NAME=VAR=VALUE: set for that app's runs")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    apps = [a.split("=", 1) for a in args.app]
    envs = {}
    for e in args.env:
        name, var, value = e.split("=", 2)
        envs.setdefault(name, {})[var] = value
    display = ":%d" % (90 + os.getpid() % 9)
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    try:
        blank = subprocess.run(["xwd", "-root", "-silent"], env=dict(os.environ, DISPLAY=display), capture_output=True).stdout
        runs = []
        kinds = [(n, p, False) for n, p in apps] + [(n + " (returning)", p, True) for n, p in apps if n in args.returning]
        for rnd in range(args.runs + 1):
            for name, path, returning in kinds:
                home = tempfile.mkdtemp(prefix="crescendo-bench-")
                try:
                    extra = envs.get(name.replace(" (returning)", ""), {})
                    if returning:
                        one_run(name, path, display, home, blank, extra)
                        os.remove(os.path.join(home, "marks.txt"))
                    r = one_run(name, path, display, home, blank, extra)
                finally:
                    shutil.rmtree(home, ignore_errors=True)
                r["warm_up"] = rnd == 0
                runs.append(r)
                print(f"  {name:28} painted {r['marks_ms'].get('painted', '-'):>6} ms  screen {r.get('screen_ms', '-'):>6} ms  PSS {r['pss_kb'] / 1024:6.1f} MiB{'  (warm-up)' if rnd == 0 else ''}", file=sys.stderr)
    finally:
        xvfb.terminate()
    result = {"runs": runs, "apps": {}}
    for name, _, _ in kinds:
        mine = [r for r in runs if r["app"] == name and not r["warm_up"]]
        marks = sorted({m for r in mine for m in r["marks_ms"]}, key=lambda m: statistics.median([r["marks_ms"][m] for r in mine if m in r["marks_ms"]]))
        result["apps"][name] = {
            "marks_ms": {m: summary([r["marks_ms"][m] for r in mine if m in r["marks_ms"]]) for m in marks},
            "screen_ms": summary([r["screen_ms"] for r in mine if "screen_ms" in r]),
            "pss_mib": summary([r["pss_kb"] / 1024 for r in mine]),
        }
    with open(args.out, "w") as f:
        json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
