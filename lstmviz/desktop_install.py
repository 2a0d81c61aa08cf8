"""``lstmviz install-desktop [--uninstall]``: the menu entry, icons and MIME type for this user.

Files go into the user's XDG data folder ($XDG_DATA_HOME, else ~/.local/share):
``applications/``, ``icons/hicolor/``, ``metainfo/`` and ``mime/packages/``. A manifest
(``io.github.lstmviz.lstmviz/desktop-install.json`` in that folder) records every file
written, with the SHA-256 of what was written, and every folder created. ``--uninstall``
(and a re-install, for files an older version wrote) removes a recorded file only when it
can prove the file is the one it wrote: its name is one of lstmviz's in one of those
folders, no folder on the way is a symbolic link, and its content still has the recorded
hash. Anything else stays and is listed, so a tampered or stale manifest deletes nothing
that is not ours. The desktop's cache tools run when they exist; a missing or failing tool
is never fatal. No Qt, no TensorFlow.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import subprocess
from pathlib import Path, PurePosixPath

from lstmviz import resources_path as res
from lstmviz.desktop_entry import command_problem, installed_entry, launch_command
from lstmviz.i18n import tr
from lstmviz.io.bounded_json import JsonProblem, parse_json
from lstmviz.io.safe_open import FileProblem, read_regular

MANIFEST = PurePosixPath(res.APP_ID) / "desktop-install.json"
MAX_MANIFEST_BYTES = 1 << 20
# The folders lstmviz's files go into; a recorded file elsewhere is not one we wrote.
OWNED_FOLDERS = ("applications", "icons/hicolor", "metainfo", "mime/packages")
# The files each cache tool generates; a folder we created that holds only these is ours to remove.
_GENERATED = {"applications": {"mimeinfo.cache"}, "icons/hicolor": {"icon-theme.cache"}}


class DesktopInstallError(Exception):
    """A one-line reason the installation or removal could not be done."""


def data_home() -> Path:
    """$XDG_DATA_HOME when it is an absolute path (the spec ignores relative ones), else ~/.local/share."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".local" / "share"


def planned_files(command: list[str]) -> dict[str, bytes]:
    """Relative path in the data folder -> content, for everything the installation writes."""
    problem = command_problem(command)
    if problem:
        raise DesktopInstallError(problem)
    icons = PurePosixPath("icons/hicolor")
    files = {
        f"applications/{res.APP_ID}.desktop":
            installed_entry(res.desktop_entry().read_text(encoding="utf-8"), command).encode(),
        f"metainfo/{res.APP_ID}.metainfo.xml": res.metainfo().read_bytes(),
        f"mime/packages/{res.APP_ID}.xml": res.mime_package().read_bytes(),
        str(icons / "scalable/apps" / f"{res.APP_ID}.svg"): res.icon_svg().read_bytes(),
    }
    for size in res.ICON_SIZES:
        files[str(icons / f"{size}x{size}/apps/{res.APP_ID}.png")] = res.icon_png(size).read_bytes()
    return files


def _write(path: Path, data: bytes) -> None:
    """Write beside the target and rename, so an interrupted install leaves no half-written file."""
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError as exc:
        raise DesktopInstallError(tr("cannot write {path}: {reason}").format(
            path=path, reason=exc.strerror or exc)) from None
    finally:
        temporary.unlink(missing_ok=True)


def _make_folders(root: Path, relative: PurePosixPath, created: list[str]) -> None:
    """mkdir -p below ``root``, remembering each folder it had to create."""
    path = root
    for part in relative.parts:
        path = path / part
        if path.is_dir():
            continue
        try:
            path.mkdir()
        except OSError as exc:
            raise DesktopInstallError(tr("cannot create the folder {path}: {reason}").format(
                path=path, reason=exc.strerror or exc)) from None
        created.append(path.relative_to(root).as_posix())


def read_manifest(root: Path) -> dict | None:
    """The manifest of an earlier installation, None when there is none; checked before use."""
    path = root / MANIFEST
    if not os.path.lexists(path):
        return None
    try:
        if _link_on_the_way(root, str(MANIFEST)):
            raise FileProblem(tr("it, or a folder on the way to it, is a symbolic link"))
        manifest = parse_json(read_regular(path, MAX_MANIFEST_BYTES))
    except (FileProblem, JsonProblem) as exc:
        raise DesktopInstallError(tr("{path}: not a readable manifest ({reason})").format(
            path=path, reason=exc)) from None
    entries = (manifest.get("files"), manifest.get("folders")) if isinstance(manifest, dict) else (None,)
    hashes = manifest.get("hashes", {}) if isinstance(manifest, dict) else None
    if not all(isinstance(e, list) and all(isinstance(p, str) and _is_safe(p) for p in e) for e in entries) \
            or not all(_is_ours(p) for p in entries[0] or ()) or not isinstance(hashes, dict) \
            or not all(isinstance(v, str) for v in hashes.values()):
        raise DesktopInstallError(tr("{path}: not a manifest of lstmviz's desktop files, or it names files "
                                     "that are not lstmviz's; nothing was changed").format(path=path))
    return manifest


def _is_safe(relative: str) -> bool:
    """Only relative paths that stay inside the data folder: a damaged manifest deletes nothing else."""
    path = PurePosixPath(relative)
    return bool(relative) and not path.is_absolute() and ".." not in path.parts and "\\" not in relative \
        and "\x00" not in relative


def _is_ours(relative: str) -> bool:
    """A file name lstmviz writes, in a folder it writes into (its version may since have changed)."""
    path = PurePosixPath(relative)
    return path.name.startswith(res.APP_ID + ".") and any(
        str(path.parent) == folder or str(path.parent).startswith(folder + "/") for folder in OWNED_FOLDERS)


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _link_on_the_way(root: Path, relative: str) -> bool:
    """Whether any part of ``relative`` below ``root`` is a symbolic link (or cannot be looked at)."""
    path = root
    for part in PurePosixPath(relative).parts:
        path = path / part
        try:
            if stat.S_ISLNK(os.lstat(path).st_mode):
                return True
        except (FileNotFoundError, NotADirectoryError):
            return False  # nothing there yet (the write that follows reports what is in the way)
        except OSError:
            return True
    return False


def _proven_ours(root: Path, relative: str, recorded: str | None, planned: bytes | None) -> bool:
    """Whether the file at ``relative`` is the one we wrote: our name and folder, reached without links,
    a regular file whose content has the recorded hash (or, for an older manifest without hashes,
    is exactly what this version writes)."""
    if not _is_ours(relative) or _link_on_the_way(root, relative):
        return False
    try:
        data = read_regular(root / relative, 64 << 20)
    except FileProblem:
        return False
    return digest(data) == recorded if recorded else data == planned


def install_files(root: Path | None = None, command: list[str] | None = None) -> tuple[Path, list[str], list[str]]:
    """Install into ``root`` (default: :func:`data_home`); returns (root, files written, tools run)."""
    root = root or data_home()
    command = command or launch_command()
    files = planned_files(command)
    previous = read_manifest(root) or {"files": [], "folders": []}
    for relative in [str(MANIFEST), *files]:
        if _link_on_the_way(root, relative):
            raise DesktopInstallError(tr("{path}: a folder on the way is a symbolic link; lstmviz writes its "
                                         "desktop files only into real folders").format(path=root / relative))
    created: list[str] = []
    if not root.is_dir():
        try:
            root.mkdir(parents=True)
        except OSError as exc:
            raise DesktopInstallError(tr("cannot create the folder {path}: {reason}").format(
                path=root, reason=exc.strerror or exc)) from None
        created.append(".")
    for relative in [*files, str(MANIFEST)]:
        _make_folders(root, PurePosixPath(relative).parent, created)
    # The manifest is written first and lists old and new files: an install that fails
    # half-way can still be uninstalled.
    hashes = {relative: digest(data) for relative, data in files.items()}
    old_hashes = previous.get("hashes", {})
    manifest = {"command": command, "files": sorted(set(previous["files"]) | set(files)),
                "folders": [*previous["folders"], *created], "hashes": {**old_hashes, **hashes}}
    _write(root / MANIFEST, json.dumps(manifest, indent=2).encode())
    for relative, data in files.items():
        _write(root / relative, data)
    for stale in set(previous["files"]) - set(files):  # an older version's file this one no longer has
        if _proven_ours(root, stale, old_hashes.get(stale), None):
            (root / stale).unlink(missing_ok=True)
    manifest["files"], manifest["hashes"] = sorted(files), hashes
    _write(root / MANIFEST, json.dumps(manifest, indent=2).encode())
    return root, sorted(files), refresh_caches(root)


def uninstall_files(root: Path | None = None) -> tuple[Path, list[str] | None, list[str]]:
    """Remove what :func:`install_files` recorded: (root, removed files, files kept because they could not
    be proven ours); removed is None when nothing was installed."""
    root = root or data_home()
    manifest = read_manifest(root)
    kept: list[str] = []
    if manifest is None:
        return root, None, kept
    hashes = manifest.get("hashes", {})
    try:
        planned = planned_files(manifest.get("command") or launch_command())
    except (DesktopInstallError, TypeError):
        planned = {}
    removed = []
    for relative in manifest["files"]:
        if not os.path.lexists(root / relative):
            continue
        if _proven_ours(root, relative, hashes.get(relative), planned.get(relative)) and _remove(root / relative):
            removed.append(relative)
        else:
            kept.append(relative)
    _remove(root / MANIFEST)  # last: a removal that fails half-way can be run again
    created = {f for f in manifest["folders"] if not _link_on_the_way(root, f)}
    refresh_caches(root, created=created)
    # Deepest first, and only the folders the install created that are empty now.
    for relative in sorted(created, key=lambda p: len(PurePosixPath(p).parts), reverse=True):
        try:
            (root / relative).rmdir()
        except OSError:
            pass  # something else lives there now: it stays
    return root, removed, kept


def _remove(path: Path) -> bool:
    """Delete one recorded file; False when it is gone already."""
    try:
        if not (path.is_file() or path.is_symlink()):
            return False
        path.unlink()
        return True
    except OSError as exc:
        raise DesktopInstallError(tr("cannot remove {path}: {reason}").format(
            path=path, reason=exc.strerror or exc)) from None


def refresh_caches(root: Path, created: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """Run the desktop's cache tools that exist, and return their names.

    After an uninstall, a cache folder the install created (``created``) that holds nothing
    but generated caches any more is cleared instead, so that nothing is left behind.
    """
    ran = []
    mime = root / "mime"
    if "mime" in created and not mime.is_symlink() and mime.is_dir() and not any((mime / "packages").glob("*")):
        shutil.rmtree(mime, ignore_errors=True)  # no package left in it: all of it was generated
    elif mime.is_dir() and _tool(["update-mime-database", str(mime)]):
        ran.append("update-mime-database")
    for folder, tool in (("applications", ["update-desktop-database", "-q"]),
                         ("icons/hicolor", ["gtk-update-icon-cache", "-q", "-t", "-f"])):
        path = root / folder
        if not path.is_dir():
            continue
        leftovers = [p for p in path.rglob("*") if not p.is_dir()]
        if folder in created and not path.is_symlink() and all(p.name in _GENERATED[folder] for p in leftovers):
            shutil.rmtree(path, ignore_errors=True)
        elif _tool([*tool, str(path)]):
            ran.append(tool[0])
    return ran


def _tool(command: list[str]) -> bool:
    """Run a cache tool if it is installed; True when it ran and succeeded. Never raises."""
    if shutil.which(command[0]) is None:
        return False
    try:
        return subprocess.run(command, capture_output=True, timeout=60).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def run_command(uninstall: bool = False) -> int:
    """``lstmviz install-desktop [--uninstall]``: do it and say what was done (errors raise)."""
    if uninstall:
        root, removed, kept = uninstall_files()
        if removed is None:
            print(tr("Nothing to uninstall: no desktop installation of lstmviz is recorded in {path}").format(
                path=root / MANIFEST))
        else:
            print(tr("Removed lstmviz's desktop entry, icons and file type ({count} files) from {root}").format(
                count=len(removed), root=root))
            for relative in kept:
                print("  " + tr("kept {path}: it is not the file lstmviz wrote (changed since, or reached "
                                "through a symbolic link)").format(path=root / relative))
        return 0
    root, written, tools = install_files()
    manifest = read_manifest(root) or {}
    print(tr("Installed lstmviz for this user in {root}:").format(root=root))
    print("  " + tr("menu entry {path}, which runs {command}").format(
        path=f"applications/{res.APP_ID}.desktop", command=" ".join(manifest.get("command", []))))
    print("  " + tr("{count} icons in icons/hicolor, the AppStream metainfo, and the file type {mime} "
                    "for *.lstmviz").format(count=sum(p.startswith("icons/") for p in written),
                                            mime=res.PROJECT_MIME_TYPE))
    if tools:
        print("  " + tr("caches updated with {tools}").format(tools=", ".join(tools)))
    print(tr("Undo it with: lstmviz install-desktop --uninstall"))
    return 0
