#!/usr/bin/env python3
"""What a coach feels in `serve`: from saving a file to the rebuilt page fetched after the reload event.

Usage: bench/serve-latency.py SITE FILE PAGE [PORT] [EDITS]
  SITE  a copy of a site to edit (FILE gets a comment line appended per edit: work on a copy)
  FILE  the content file to edit, relative to SITE;  PAGE  the page to fetch, relative to the site root
Needs a Release build (dotnet build generator -c Release). Includes the watcher's 20 ms quiet period,
the rebuild, the Server-Sent Event and one page request; prints each edit and the median in ms.
"""
import os, statistics, subprocess, sys, threading, time, urllib.request

site, rel, page = sys.argv[1], sys.argv[2], sys.argv[3]
port = int(sys.argv[4]) if len(sys.argv) > 4 else 4711
edits = int(sys.argv[5]) if len(sys.argv) > 5 else 8
exe = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "generator", "bin", "Release", "net10.0", "trackside")
proc = subprocess.Popen([exe, "serve", "--source", site, "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
base = f"http://127.0.0.1:{port}/"
try:
    for _ in range(600):
        try: urllib.request.urlopen(base, timeout=1).read(); break
        except Exception: time.sleep(0.2)
    if proc.poll() is not None: sys.exit(f"serve stopped (exit code {proc.returncode}): is port {port} taken?")
    events = []
    def listen():
        with urllib.request.urlopen(base + "__trackside/events", timeout=600) as r:
            for line in r:
                if line.startswith(b"data:") or line.startswith(b"event:"): events.append(time.perf_counter())
    threading.Thread(target=listen, daemon=True).start()
    time.sleep(1.0)
    path = os.path.join(site, rel); times = []
    for i in range(edits):
        n = len(events)
        t0 = time.perf_counter()
        with open(path, "a") as f: f.write(f"\n# e2e edit {i}\n")
        while len(events) == n and time.perf_counter() - t0 < 30: time.sleep(0.001)
        urllib.request.urlopen(base + page, timeout=10).read()
        times.append((time.perf_counter() - t0) * 1000)
        time.sleep(0.5)
finally:
    # Also when a request fails (a wrong PAGE): a server left running would hold the port for the next run.
    proc.terminate()
    proc.wait()
print("save -> reload event -> page fetched, ms:", [round(t) for t in times], "median", round(statistics.median(times)))
