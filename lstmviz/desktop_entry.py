"""The command a desktop entry runs, and the entry's text with that command in it.

The ``.desktop`` file in lstmviz.resources names ``lstmviz-gui``; the installed entry
needs an absolute command that works from a desktop's menu, where PATH holds no
virtual environment. No Qt, no TensorFlow.
"""

from __future__ import annotations

import os
import re
import sys
import sysconfig
from pathlib import Path

from lstmviz.i18n import tr

# Characters that make the Desktop Entry spec require quoting an Exec argument.
_RESERVED = re.compile(r"""[\s"'\\><~|&;$*?#()`]""")


def launch_command() -> list[str]:
    """The command that opens the window: the bundled app, ``lstmviz-gui``, or ``python -m lstmviz``.

    ``sys.executable`` is kept as given, not resolved: a venv's ``python`` is a symlink, and
    only the link starts Python with the venv's packages.
    """
    executable = os.path.abspath(sys.executable)
    if getattr(sys, "frozen", False):  # the PyInstaller app: its binary is the command
        return [executable]
    name = "lstmviz-gui.exe" if os.name == "nt" else "lstmviz-gui"
    for folder in (Path(executable).parent, Path(sysconfig.get_path("scripts"))):
        script = folder / name
        if script.is_file() and os.access(script, os.X_OK):
            return [str(script)]
    return [executable, "-m", "lstmviz"]


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def command_problem(command: list[str]) -> str | None:
    """Why ``command`` cannot go into a desktop entry, or None.

    An entry is UTF-8 text of one line per key: a path that is not UTF-8 (a folder named in
    another encoding) or holds a line break or another control character cannot be written
    into Exec= so that every desktop reads it back the same.
    """
    for argument in command:
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            return tr("the command {command} holds a name that is not UTF-8, which a desktop entry cannot "
                      "hold; install lstmviz in a folder whose name is UTF-8").format(
                command=ascii(argument)[:300])
        if _CONTROL.search(argument):
            return tr("the command {command} holds a line break or another control character, which a "
                      "desktop entry cannot hold; install lstmviz in a folder without one").format(
                command=ascii(argument)[:300])
    return None


def exec_quote(argument: str) -> str:
    """One Exec argument, quoted as the Desktop Entry spec asks (before the file's own escaping)."""
    argument = argument.replace("%", "%%")
    if not _RESERVED.search(argument):
        return argument
    return '"' + re.sub(r'(["`$\\])', r"\\\1", argument) + '"'


def exec_line(command: list[str]) -> str:
    """The value of Exec=: the quoted command, ``%f`` for the file, and the file format's escaping."""
    value = " ".join(exec_quote(a) for a in command) + " %f"
    return value.replace("\\", "\\\\")  # a string value's own escape: backslash doubles


def installed_entry(template: str, command: list[str]) -> str:
    """The template's text with Exec= (and TryExec=) set to ``command``."""
    lines = [line for line in template.splitlines() if not line.startswith(("Exec=", "TryExec="))]
    at = next((i + 1 for i, line in enumerate(lines) if line.startswith("Type=")), 1)
    program = command[0].replace("\\", "\\\\")
    lines[at:at] = [f"TryExec={program}", f"Exec={exec_line(command)}"]
    return "\n".join(lines) + "\n"
