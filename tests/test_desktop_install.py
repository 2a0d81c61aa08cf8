"""``lstmviz install-desktop [--uninstall]`` in a temporary XDG data folder."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lstmviz import desktop_entry, desktop_install
from lstmviz import resources_path as res
from tests.test_resources import png_size, read_desktop_entry

ENTRY = f"applications/{res.APP_ID}.desktop"


def lstmviz(*args: str, home: Path, **env: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "XDG_DATA_HOME": str(home), **env}
    return subprocess.run([sys.executable, "-m", "lstmviz", *args], capture_output=True, text=True,
                          env=environment, timeout=120)


def tree(folder: Path) -> dict[str, bytes | None]:
    """Every file (with its content) and folder below ``folder``."""
    return {p.relative_to(folder).as_posix(): (p.read_bytes() if p.is_file() else None)
            for p in sorted(folder.rglob("*"))}


def test_install_puts_entry_icons_metainfo_and_mime_type_in_the_data_folder(tmp_path):
    home = tmp_path / "share"
    result = lstmviz("install-desktop", home=home)
    assert result.returncode == 0, result.stderr
    assert str(home) in result.stdout and "--uninstall" in result.stdout

    entry = read_desktop_entry((home / ENTRY).read_text(encoding="utf-8"))
    for key in ("Type", "Name", "Exec", "TryExec", "Icon", "MimeType", "Categories"):
        assert entry[key], key
    assert entry["Icon"] == res.APP_ID
    assert entry["MimeType"] == f"{res.PROJECT_MIME_TYPE};"
    command = shlex.split(entry["Exec"])
    assert command[-1] == "%f" and Path(command[0]).is_absolute() and os.access(command[0], os.X_OK)
    assert command[:-1] == desktop_entry.launch_command()

    for size in res.ICON_SIZES:
        png = home / f"icons/hicolor/{size}x{size}/apps/{res.APP_ID}.png"
        assert png_size(png.read_bytes()) == (size, size)
    assert (home / f"icons/hicolor/scalable/apps/{res.APP_ID}.svg").read_bytes() == res.icon_svg().read_bytes()
    assert ET.parse(home / f"metainfo/{res.APP_ID}.metainfo.xml").getroot().findtext("id") == res.APP_ID
    mime = ET.parse(home / f"mime/packages/{res.APP_ID}.xml").getroot()
    assert res.PROJECT_MIME_TYPE in ET.tostring(mime, encoding="unicode")


def test_the_installed_command_starts_lstmviz(tmp_path):
    desktop_install.install_files(tmp_path)
    command = shlex.split(read_desktop_entry((tmp_path / ENTRY).read_text())["Exec"])[:-1]
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    # Without a display the window cannot open: lstmviz says so, which proves the command reached it.
    result = subprocess.run([*command, "many-to-many"], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 2 and "no display" in result.stderr, result.stderr


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="shared-mime-info not installed")
def test_the_mime_database_knows_lstmviz_projects_after_install(tmp_path):
    desktop_install.install_files(tmp_path)
    assert f"{res.PROJECT_MIME_TYPE}:*.lstmviz" in (tmp_path / "mime" / "globs2").read_text()
    desktop_install.uninstall_files(tmp_path)
    assert not (tmp_path / "mime").exists()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-validate not installed")
def test_installed_entry_passes_desktop_file_validate_even_with_a_space_in_the_path(tmp_path):
    desktop_install.install_files(tmp_path, command=["/opt/my apps/lstmviz \"beta\"/bin/lstmviz-gui"])
    path = tmp_path / ENTRY
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout
    value = read_desktop_entry(path.read_text())["Exec"].replace("\\\\", "\\")  # the file's own escaping
    assert shlex.split(value) == ['/opt/my apps/lstmviz "beta"/bin/lstmviz-gui', "%f"]


def test_exec_quoting_follows_the_desktop_entry_spec():
    assert desktop_entry.exec_quote("/usr/bin/lstmviz-gui") == "/usr/bin/lstmviz-gui"
    assert desktop_entry.exec_quote("/a b/python") == '"/a b/python"'
    assert desktop_entry.exec_quote('/a$b/"x"') == '"/a\\$b/\\"x\\""'
    assert desktop_entry.exec_quote("/100%/x") == "/100%%/x"
    assert desktop_entry.exec_line(["/a\\b/x"]) == '"/a\\\\\\\\b/x" %f'


def test_launch_command_falls_back_to_python_m_lstmviz(tmp_path, monkeypatch):
    python = tmp_path / "bin" / "python"
    python.parent.mkdir()
    monkeypatch.setattr(sys, "executable", str(python))
    monkeypatch.setattr(desktop_entry.sysconfig, "get_path", lambda name: str(tmp_path / "scripts"))
    assert desktop_entry.launch_command() == [str(python), "-m", "lstmviz"]
    script = python.parent / "lstmviz-gui"
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    assert desktop_entry.launch_command() == [str(script)]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert desktop_entry.launch_command() == [str(python)]


def test_uninstall_leaves_nothing_behind(tmp_path):
    home = tmp_path / "share"
    assert lstmviz("install-desktop", home=home).returncode == 0
    result = lstmviz("install-desktop", "--uninstall", home=home)
    assert result.returncode == 0, result.stderr
    assert "Removed" in result.stdout and "12 files" in result.stdout
    assert not home.exists()  # it created the data folder itself, so it goes too
    assert list(tmp_path.iterdir()) == []


def test_uninstall_removes_only_what_install_added(tmp_path):
    other = {"applications/other.desktop": b"[Desktop Entry]\nType=Application\nName=Other\nExec=other\n",
             "icons/hicolor/16x16/apps/other.png": b"not ours",
             "mime/packages/other.xml": b"<mime-info xmlns='http://www.freedesktop.org/standards/shared-mime-info'/>",
             "metainfo/other.metainfo.xml": b"<component/>",
             "notes.txt": b"mine"}
    for relative, data in other.items():
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_bytes(data)
    desktop_install.install_files(tmp_path)
    desktop_install.uninstall_files(tmp_path)
    left = {k: v for k, v in tree(tmp_path).items() if v is not None}
    for relative, data in other.items():
        assert left.pop(relative) == data
    # What remains besides them are caches the desktop tools regenerated, none naming lstmviz.
    for relative, data in left.items():
        assert res.APP_ID not in relative and b"lstmviz" not in data, relative
    assert not (tmp_path / res.APP_ID).exists()


def test_a_second_install_changes_nothing_and_one_uninstall_removes_it(tmp_path):
    home = tmp_path / "share"
    desktop_install.install_files(home)
    first = tree(home)
    desktop_install.install_files(home)
    assert tree(home) == first
    desktop_install.uninstall_files(home)
    assert not home.exists()


def test_uninstall_without_install_says_so(tmp_path):
    home = tmp_path / "share"
    result = lstmviz("install-desktop", "--uninstall", home=home)
    assert result.returncode == 0
    assert "Nothing to uninstall" in result.stdout and str(home) in result.stdout
    assert not home.exists()


def test_an_unwritable_data_folder_is_one_line_and_exit_2(tmp_path):
    (tmp_path / "file").write_text("a file, not a folder")
    result = lstmviz("install-desktop", home=tmp_path / "file" / "share")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "lstmviz: error: cannot create the folder" in result.stderr and "file/share" in result.stderr

    (tmp_path / "share").mkdir()
    (tmp_path / "share" / "applications").write_text("in the way")
    result = lstmviz("install-desktop", home=tmp_path / "share")
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "applications" in result.stderr


def test_a_damaged_manifest_deletes_nothing(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    home = tmp_path / "share"
    desktop_install.install_files(home)
    manifest = home / desktop_install.MANIFEST
    data = json.loads(manifest.read_text())
    data["files"].append("../victim.txt")
    manifest.write_text(json.dumps(data))
    result = lstmviz("install-desktop", "--uninstall", home=home)
    assert result.returncode == 2 and "nothing was changed" in result.stderr
    assert victim.read_text() == "keep me" and (home / ENTRY).exists()

    manifest.write_text("{not json")
    result = lstmviz("install-desktop", "--uninstall", home=home)
    assert result.returncode == 2 and "not a readable manifest" in result.stderr
    assert result.stderr.count("\n") == 1


def test_xdg_data_home_rules(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert desktop_install.data_home() == tmp_path
    monkeypatch.setenv("XDG_DATA_HOME", "relative/path")  # the spec says: ignore it
    assert desktop_install.data_home() == Path.home() / ".local" / "share"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert desktop_install.data_home() == Path.home() / ".local" / "share"


def test_installer_and_resource_lookup_import_no_qt_or_tensorflow():
    for module in ("lstmviz.desktop_install", "lstmviz.resources_path"):
        code = (f"import sys, {module}\n"
                "bad = [n for n in sys.modules if n.split('.')[0] in ('PySide6', 'tensorflow', 'keras')]\n"
                "raise SystemExit(str(bad) if bad else 0)")
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stdout + result.stderr


def _tamper(home: Path, change) -> None:
    manifest = home / desktop_install.MANIFEST
    data = json.loads(manifest.read_text())
    change(data)
    manifest.write_text(json.dumps(data))


def test_a_record_naming_files_that_are_not_ours_deletes_nothing(tmp_path):
    home = tmp_path / "share"
    keyring = home / "keyrings" / "login.keyring"
    keyring.parent.mkdir(parents=True)
    keyring.write_bytes(b"secret")
    desktop_install.install_files(home)
    _tamper(home, lambda d: d["files"].append("keyrings/login.keyring"))
    for args in (("install-desktop", "--uninstall"), ("install-desktop",)):  # a re-install removes "stale" files
        result = lstmviz(*args, home=home)
        assert result.returncode == 2 and "nothing was changed" in result.stderr, result.stderr
        assert result.stderr.count("\n") == 1
    assert keyring.read_bytes() == b"secret" and (home / ENTRY).exists()


def test_files_reached_through_a_linked_folder_or_changed_since_are_kept(tmp_path):
    home, outside = tmp_path / "share", tmp_path / "outside"
    desktop_install.install_files(home)
    # A folder of ours replaced by a link to somewhere else, holding a file of our name there.
    metainfo = home / "metainfo"
    shutil.rmtree(metainfo)
    outside.mkdir()
    victim = outside / f"{res.APP_ID}.metainfo.xml"
    victim.write_bytes(res.metainfo().read_bytes())  # even the very same content
    metainfo.symlink_to(outside)
    edited = home / ENTRY
    edited.write_text(edited.read_text() + "X-Edited-By-User=true\n")
    result = lstmviz("install-desktop", "--uninstall", home=home)
    assert result.returncode == 0, result.stderr
    assert victim.read_bytes() == res.metainfo().read_bytes() and edited.exists()
    assert "kept" in result.stdout and str(edited) in result.stdout and "10 files" in result.stdout
    assert not (home / f"icons/hicolor/scalable/apps/{res.APP_ID}.svg").exists()


def test_a_stale_file_is_removed_only_when_its_hash_matches(tmp_path):
    home = tmp_path / "share"
    desktop_install.install_files(home)
    old = f"icons/hicolor/23x23/apps/{res.APP_ID}.png"  # a file an older version wrote and this one does not
    (home / old).parent.mkdir(parents=True)
    (home / old).write_bytes(b"old icon")
    changed = f"icons/hicolor/25x25/apps/{res.APP_ID}.png"
    (home / changed).parent.mkdir(parents=True)
    (home / changed).write_bytes(b"the user's own icon now")

    def record(data):
        data["files"] += [old, changed]
        data["hashes"][old] = desktop_install.digest(b"old icon")
        data["hashes"][changed] = desktop_install.digest(b"what we wrote back then")
    _tamper(home, record)
    desktop_install.install_files(home)
    assert not (home / old).exists() and (home / changed).read_bytes() == b"the user's own icon now"


@pytest.mark.parametrize("folder", ["venv\nExec=evil", "ven\udcffv", "tab\there"])
def test_a_command_that_no_entry_can_hold_is_refused(folder, tmp_path):
    command = [f"/opt/{folder}/bin/lstmviz-gui"]
    with pytest.raises(desktop_install.DesktopInstallError) as refused:
        desktop_install.install_files(tmp_path / "share", command)
    assert "desktop entry cannot hold" in str(refused.value) and "\n" not in str(refused.value)
    assert not (tmp_path / "share" / ENTRY).exists()


def test_a_newline_in_the_virtual_environments_path_is_one_line_and_exit_2(tmp_path):
    venv = tmp_path / "my\nvenv"
    venv.mkdir()
    python = venv / "python"
    python.symlink_to(sys.executable)
    environment = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share"), "PYTHONPATH": str(Path(__file__).parents[1])}
    result = subprocess.run([str(python), "-m", "lstmviz", "install-desktop"], capture_output=True, text=True,
                            env=environment, timeout=120)
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "line break" in result.stderr and not (tmp_path / "share" / ENTRY).exists()


def test_install_writes_nothing_through_a_linked_folder(tmp_path):
    home, outside = tmp_path / "share", tmp_path / "outside"
    home.mkdir()
    outside.mkdir()
    (home / "icons").symlink_to(outside)
    with pytest.raises(desktop_install.DesktopInstallError, match="a folder on the way is a symbolic link"):
        desktop_install.install_files(home)
    assert list(outside.iterdir()) == [] and sorted(p.name for p in home.iterdir()) == ["icons"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=60) |
                    st.sampled_from([f"applications/{res.APP_ID}.desktop", "keyrings/login.keyring", "../x", "/etc/x",
                                     f"icons/hicolor/../../{res.APP_ID}.png", f"metainfo/{res.APP_ID}.metainfo.xml"]),
                    lambda children: st.lists(children, max_size=4) | st.dictionaries(
                        st.sampled_from(["files", "folders", "hashes", "command"]), children, max_size=4),
                    max_leaves=12))
def test_any_manifest_is_refused_or_names_only_our_files(tmp_path, manifest):
    home = tmp_path / "share"
    (home / desktop_install.MANIFEST).parent.mkdir(parents=True, exist_ok=True)
    (home / desktop_install.MANIFEST).write_text(json.dumps(manifest))
    try:
        read = desktop_install.read_manifest(home)
    except desktop_install.DesktopInstallError as exc:
        assert "\n" not in str(exc)
        return
    assert all(desktop_install._is_ours(p) for p in read["files"])
