"""Signals and pipes, in a real process: Ctrl-C exits 130 without a traceback, a reader that
goes away early gets no error message, and a run never leaves a half-written cache behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from conftest import SEEDS


def libtalks(*args: str, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen([sys.executable, "-m", "libtalks", *args], env=env, **kwargs)


def test_ctrl_c_exits_130_quietly(tmp_path):
    stdin_r, stdin_w = os.pipe()  # `--corpus -` waits on stdin: a run that is surely busy
    process = libtalks("meetings", "--corpus", "-", stdin=stdin_r, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)  # fmt: skip
    os.close(stdin_r)
    time.sleep(1.5)  # let it start and block on its input
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    os.close(stdin_w)
    assert process.returncode == 130
    assert b"Traceback" not in stderr and b"Interrupted" in stderr


def test_a_closed_pipe_is_quiet(tmp_path):
    corpus = tmp_path / "many"
    corpus.mkdir()
    text = next(SEEDS.glob("002_*.txt")).read_text(encoding="utf-8")
    for n in range(40):  # 200 kB of JSON: more than a pipe holds, so the writer meets the close
        (corpus / f"r{n:03d}.txt").write_text(text.replace("Ghadames", f"Town{n}"), "utf-8")
    reader = subprocess.Popen(["head", "-c", "10"], stdin=subprocess.PIPE,
                              stdout=subprocess.DEVNULL)  # fmt: skip
    process = libtalks("digest", "--corpus", str(corpus), "--json", stdout=reader.stdin,
                       stderr=subprocess.PIPE)  # fmt: skip
    reader.stdin.close()
    _, stderr = process.communicate(timeout=120)
    reader.wait(timeout=30)
    assert stderr == b""
    assert process.returncode in (0, 141)
