#!/usr/bin/env python3
"""Drive a terminal program in a pseudo-terminal and time it: the project's own probe.

Runs COMMAND in a pty of --cols x --rows with TERM=xterm-256color and LANG=C.UTF-8, feeds
every output byte to a pyte screen, and runs the steps in command-line order:

  --wait-text TEXT      wait until the screen shows TEXT (the first one gives the first frame)
  --wait-quiet          wait until no byte arrives for the settle time (30 ms)
  --label NAME          name the next timed step
  --keys SPEC           send a key (UP DOWN LEFT RIGHT HOME END PGUP PGDN TAB BTAB ENTER ESC
                        BACKSPACE, C-x) or literal text, and time the response
  --keys-repeat N SPEC  the same N times, each press timed on its own
  --type TEXT           send TEXT literally, timed
  --resize COLSxROWS    change the pty size (SIGWINCH), timed
  --expect-clean-exit   after the last step, the program must exit by itself with status 0

A timed step's latency is send -> last byte of the response burst (the burst ends after the
settle time without output; the settle time is not counted); its bytes are the burst's.
With --repeat N, `summary` holds {min, median, max, n} per figure (pooled over repeated
presses), `clean_exits` and `peak_rss_kb` (VmHWM of the child). JSON goes to -o FILE or
stdout. Needs pyte (pip install pyte). Same figures and step names as the tuiprobe tool
the project was first measured with, so scripts/bench-e2e.py runs from a clone.
"""
import argparse
import fcntl
import json
import os
import pty
import select
import signal
import statistics
import struct
import sys
import termios
import time

try:
    import pyte
except ImportError:
    sys.exit("ptyprobe: pyte is missing (pip install pyte)")

KEYS = {"UP": "A", "DOWN": "B", "RIGHT": "C", "LEFT": "D", "HOME": "H", "END": "F"}
PLAIN = {"PGUP": "\x1b[5~", "PGDN": "\x1b[6~", "TAB": "\t", "BTAB": "\x1b[Z", "ENTER": "\r", "ESC": "\x1b",
         "BACKSPACE": "\x7f", "SPACE": " ", "DELETE": "\x1b[3~"}


class Steps(argparse.Action):
    """Collects the steps in the order given."""

    def __call__(self, parser, namespace, values, option_string=None):
        steps = getattr(namespace, "steps", None) or []
        steps.append((self.dest, values))
        namespace.steps = steps


def key_bytes(spec, application_cursor):
    if spec in KEYS:
        return ("\x1bO" if application_cursor else "\x1b[") + KEYS[spec]
    if spec in PLAIN:
        return PLAIN[spec]
    if len(spec) == 3 and spec.startswith("C-"):
        return chr(ord(spec[2].lower()) & 0x1F)
    return spec


class Session:
    """One run of the program: the pty, the screen and the clock."""

    def __init__(self, command, cols, rows, env):
        self.start = time.monotonic()
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execvpe(command[0], command, env)
        self.resize(cols, rows)
        self.screen = pyte.Screen(cols, rows)
        self.stream = pyte.ByteStream(self.screen)
        self.application_cursor = False
        self.peak_rss = 0
        self.status = None

    def ms(self, moment):
        return (moment - self.start) * 1000

    def resize(self, cols, rows):
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))

    def sample_rss(self):
        try:
            with open(f"/proc/{self.pid}/status") as handle:
                for line in handle:
                    if line.startswith("VmHWM:"):
                        self.peak_rss = max(self.peak_rss, int(line.split()[1]))
        except OSError:
            pass

    def read(self, timeout):
        """One chunk (bytes, time) or None after `timeout` seconds without output."""
        ready, _, _ = select.select([self.fd], [], [], max(0, timeout))
        if not ready:
            return None
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            data = b""
        moment = time.monotonic()
        if data:
            if b"\x1b[?1h" in data:
                self.application_cursor = True
            if b"\x1b[?1l" in data:
                self.application_cursor = False
            self.stream.feed(data)
        return data, moment

    def shows(self, text):
        return any(text in line for line in self.screen.display)

    def burst(self, settle, limit, first=None):
        """Reads until `settle` s pass quietly, waiting up to `first` s (default: `settle`) for
        the first byte, so a slow response is measured, not taken for silence; returns
        (last byte time, bytes)."""
        last, total, deadline = None, 0, time.monotonic() + limit
        wait = settle if first is None else first
        while time.monotonic() < deadline:
            chunk = self.read(wait)
            if chunk is None or not chunk[0]:
                break
            total += len(chunk[0])
            last = chunk[1]
            wait = settle
        return last, total

    def finish(self, wait):
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            self.sample_rss()
            done, status = os.waitpid(self.pid, os.WNOHANG)
            if done:
                self.status = status
                return True
            self.read(0.05)
        os.kill(self.pid, signal.SIGKILL)
        _, self.status = os.waitpid(self.pid, 0)
        return False


def run_once(args, env):
    session = Session(args.command, args.cols, args.rows, env)
    result = {"steps": []}
    label = None
    settle = args.settle / 1000
    try:
        for kind, value in args.steps:
            session.sample_rss()
            if kind == "label":
                label = value
            elif kind == "wait_text":
                deadline = time.monotonic() + args.wait_timeout
                while not session.shows(value):
                    chunk = session.read(deadline - time.monotonic())
                    if chunk is None or not chunk[0]:
                        raise RuntimeError(f"text not shown: {value!r}")
                    if session.shows(value) and "first_meaningful_frame_ms" not in result:
                        result["first_meaningful_frame_ms"] = session.ms(chunk[1])
                if "first_meaningful_frame_ms" not in result:
                    result["first_meaningful_frame_ms"] = session.ms(time.monotonic())
            elif kind == "wait_quiet":
                session.burst(settle, args.wait_timeout)
            else:
                presses = [value] if kind != "keys_repeat" else [value[1]] * int(value[0])
                for spec in presses:
                    session.burst(settle, args.wait_timeout)   # what came before does not count
                    sent = time.monotonic()
                    if kind == "resize":
                        cols, rows = (int(part) for part in spec.lower().split("x"))
                        session.screen.resize(rows, cols)
                        session.resize(cols, rows)
                        os.kill(session.pid, signal.SIGWINCH)
                    else:
                        text = spec if kind == "type" else key_bytes(spec, session.application_cursor)
                        os.write(session.fd, text.encode())
                    last, total = session.burst(settle, args.wait_timeout, first=args.response_timeout)
                    result["steps"].append({"label": label or kind, "latency_ms": (last - sent) * 1000 if last else None,
                                            "bytes": total})
                label = None
        result["clean"] = session.finish(3.0) and os.WIFEXITED(session.status) and os.WEXITSTATUS(session.status) == 0
    except (RuntimeError, OSError) as error:
        result["error"] = str(error)
        session.finish(0)
        result["clean"] = False
    result["peak_rss_kb"] = session.peak_rss
    return result


def spread(values):
    values = [value for value in values if value is not None]
    if not values:
        return None
    return {"min": min(values), "median": statistics.median(values), "max": max(values), "n": len(values)}


def summarize(runs):
    summary = {"first_meaningful_frame_ms": spread([run.get("first_meaningful_frame_ms") for run in runs]),
               "peak_rss_kb": spread([run.get("peak_rss_kb") for run in runs]),
               "clean_exits": sum(1 for run in runs if run.get("clean"))}
    labels = {step["label"] for run in runs for step in run["steps"]}
    for label in sorted(labels):
        steps = [step for run in runs for step in run["steps"] if step["label"] == label]
        summary[f"{label} latency_ms"] = spread([step["latency_ms"] for step in steps])
        summary[f"{label} bytes"] = spread([step["bytes"] for step in steps])
    return summary


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cols", type=int, default=120)
    parser.add_argument("--rows", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--settle", type=float, default=30, help="quiet time that ends a burst, ms")
    parser.add_argument("--response-timeout", type=float, default=3,
                        help="how long a timed step waits for its first byte, s (as tuiprobe)")
    parser.add_argument("--wait-timeout", type=float, default=10)
    parser.add_argument("--timeout", type=float, default=30, help="accepted for tuiprobe compatibility")
    parser.add_argument("--env", action="append", default=[], help="K=V for the program")
    parser.add_argument("-o", "--output")
    parser.add_argument("-q", "--quiet", action="store_true")
    for name in ("wait-text", "label", "keys", "type", "resize"):
        parser.add_argument("--" + name, dest=name.replace("-", "_"), action=Steps)
    parser.add_argument("--keys-repeat", dest="keys_repeat", nargs=2, action=Steps)
    parser.add_argument("--wait-quiet", dest="wait_quiet", nargs=0, action=Steps)
    parser.add_argument("--expect-clean-exit", action="store_true")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    if args.command[:1] == ["--"]:
        args.command = args.command[1:]
    args.steps = getattr(args, "steps", None) or []
    if not args.command:
        parser.error("no command after --")
    env = {key: value for key, value in os.environ.items() if key not in ("LC_ALL", "LC_CTYPE", "COLUMNS", "LINES")}
    env.update(TERM="xterm-256color", LANG="C.UTF-8")
    env.update(item.split("=", 1) for item in args.env)
    runs = [run_once(args, env) for _ in range(args.repeat)]
    report = {"runs": runs, "summary": summarize(runs)}
    text = json.dumps(report, indent=1)
    if args.output:
        with open(args.output, "w") as handle:
            handle.write(text)
    else:
        print(text)
    if not args.quiet:
        for key, value in report["summary"].items():
            print(f"{key}: {value}", file=sys.stderr)
    failed = any("error" in run for run in runs) or (args.expect_clean_exit and report["summary"]["clean_exits"] < len(runs))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
