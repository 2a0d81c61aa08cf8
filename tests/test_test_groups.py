"""The suite's own set-up: `--dist loadgroup` keeps an `xdist_group` on one test worker.

The sweep tests share one warm pool of worker processes per test worker (tests/conftest.py). If the
installed pytest and pytest-xdist stopped honouring the groups (pytest 9 with pytest-xdist 3.8 does),
the group would be spread over the workers and each would start its own pool: nothing would fail, the
suite would only be slower. This runs a small suite of its own to see where two grouped tests land.
"""

from __future__ import annotations

import os
import subprocess
import sys


def test_tests_of_one_xdist_group_run_on_one_worker(tmp_path):
    tests = tmp_path / "test_grouped.py"
    tests.write_text(
        "import os\nimport pytest\n\n"
        "def _note(name):\n"
        "    with open(os.path.join(os.path.dirname(__file__), name), 'w') as f:\n"
        "        f.write(os.environ['PYTEST_XDIST_WORKER'])\n\n"
        + "".join(f"@pytest.mark.xdist_group('g')\ndef test_{k}():\n    _note('{k}.worker')\n\n" for k in "abcd")
        + "".join(f"def test_free_{k}():\n    pass\n\n" for k in range(6)))
    # Only pytest-xdist is loaded: the installed plugins' start-up (hypothesis, Qt) is paid by three processes.
    env = dict(os.environ, PYTEST_DISABLE_PLUGIN_AUTOLOAD="1")
    done = subprocess.run([sys.executable, "-m", "pytest", "-p", "xdist.plugin", "-n", "2", "--dist", "loadgroup",
                           "-p", "no:cacheprovider", "-q", str(tests)],
                          capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    workers = {(tmp_path / f"{k}.worker").read_text() for k in "abcd"}
    assert len(workers) == 1, workers
