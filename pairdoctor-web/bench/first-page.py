#!/usr/bin/env python3
"""Measures `pairdoctor serve`: seconds from launch to the first page (200 on /), then seconds from
Ctrl-C (SIGINT) to exit, and the exit code. Usage: first-page.py [runs] (from the repository root,
after building the jar: ./mvnw -q -pl pairdoctor-cli -am package -DskipTests)."""
import os, signal, subprocess, sys, tempfile, time, urllib.request

runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
jar = os.path.join(root, "pairdoctor-cli", "target", "pairdoctor.jar")
port = 18181
for run in range(runs):
    data = tempfile.mkdtemp()
    t0 = time.monotonic()
    p = subprocess.Popen(["java", "-Dpairdoctor.home=" + root, "-jar", jar, "serve", "--port", str(port), "--data", data],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                         preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    first = None
    while time.monotonic() - t0 < 30:
        try:
            with urllib.request.urlopen("http://127.0.0.1:%d/" % port, timeout=1) as r:
                if r.status == 200:
                    first = time.monotonic() - t0
                    break
        except Exception:
            time.sleep(0.02)
    t1 = time.monotonic()
    p.send_signal(signal.SIGINT)
    try:
        code = p.wait(timeout=20)
    except subprocess.TimeoutExpired:
        p.kill()
        code = "killed"
    print("run %d: first page %s s, stop %.2f s, exit %s, load %.1f" % (
        run + 1, "%.2f" % first if first else "none", time.monotonic() - t1, code, os.getloadavg()[0]))
