"""The data files in resources/: found through importlib.resources, valid, one app id everywhere."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from lstmviz import __version__
from lstmviz import resources_path as res

ROOT = Path(__file__).resolve().parents[1]
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def read_desktop_entry(text: str) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # desktop entry keys are case-sensitive
    parser.read_string(text)
    assert parser.sections()[0] == "Desktop Entry"
    return dict(parser["Desktop Entry"])


def test_resources_are_the_top_level_folder_in_a_checkout():
    assert Path(str(res.resources())).resolve() == ROOT / "resources"


def test_every_icon_size_is_a_png_of_that_size():
    for size in res.ICON_SIZES:
        assert png_size(res.icon_png(size).read_bytes()) == (size, size)
    with pytest.raises(ValueError, match="no 20 px icon"):
        res.icon_png(20)


def test_svg_icon_is_square_svg():
    svg = ET.fromstring(res.icon_svg().read_bytes())
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    _, _, width, height = map(float, svg.get("viewBox").split())
    assert width == height


def test_pngs_are_rendered_from_the_current_svg():
    # Fails when the SVG was edited and packaging/render_icons.py was not run again.
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "render_icons.py"), "--check"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_desktop_entry_has_the_keys_a_menu_needs():
    entry = read_desktop_entry(res.desktop_entry().read_text(encoding="utf-8"))
    assert entry["Type"] == "Application" and entry["Name"] == "lstmviz"
    assert entry["Icon"] == res.APP_ID
    assert entry["Exec"] == "lstmviz-gui %f"
    assert res.PROJECT_MIME_TYPE in entry["MimeType"].split(";")
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")


def test_desktop_entry_speaks_chinese_in_a_chinese_menu():
    entry = read_desktop_entry(res.desktop_entry().read_text(encoding="utf-8"))
    for key in ("Name[zh_CN]", "GenericName[zh_CN]", "Comment[zh_CN]", "Keywords[zh_CN]"):
        assert any("\u4e00" <= c <= "\u9fff" for c in entry[key]), key
    assert entry["Keywords[zh_CN]"].endswith(";")


def test_metainfo_names_the_app_its_entry_and_this_version():
    root = ET.fromstring(res.metainfo().read_bytes())
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == res.APP_ID
    assert root.findtext("launchable") == f"{res.APP_ID}.desktop"
    assert root.find("launchable").get("type") == "desktop-id"
    assert [r.get("version") for r in root.iter("release")][0] == __version__
    assert res.PROJECT_MIME_TYPE in [m.text for m in root.iter("mediatype")]


def test_mime_package_declares_the_project_type():
    root = ET.fromstring(res.mime_package().read_bytes())
    (mime,) = root.findall(f"{MIME_NS}mime-type")
    assert mime.get("type") == res.PROJECT_MIME_TYPE
    assert [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")] == ["*.lstmviz"]
    assert mime.find(f"{MIME_NS}sub-class-of").get("type") == "application/json"
    assert mime.find(f"{MIME_NS}icon").get("name") == res.APP_ID
    # The magic matches what lstmviz writes: '{\n  "format": "lstmviz", ...'
    from lstmviz.io.project_io import from_example, project_to_dict
    import json
    written = json.dumps(project_to_dict(from_example("one-to-one")), indent=2)
    values = [m.get("value") for m in mime.iter(f"{MIME_NS}match")]
    assert any(v in written[:256] for v in values)


def test_one_app_id_names_every_file():
    for item in (res.desktop_entry(), res.metainfo(), res.mime_package(), res.icon_svg(), res.icon_png(16)):
        assert item.name.startswith(res.APP_ID + "."), item.name
    assert (ROOT / "resources" / "translations").is_dir()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-validate not installed")
def test_desktop_entry_passes_desktop_file_validate():
    result = subprocess.run(["desktop-file-validate", str(res.desktop_entry())], capture_output=True, text=True)
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_metainfo_passes_appstreamcli():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(res.metainfo())],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
