"""The bundled CJK font stands in for Chinese only: Latin text keeps a Latin font.

On a system with neither a Chinese font nor DejaVu (the family the diagrams and plots
name), the bundled font once stood in for DejaVu Sans whole, and its thin underscore, right
under the baseline, vanished: "m2m_project.lstmviz" read "m2m project.lstmviz". Fontconfig
is set up once per process, so the check runs in a child process that sees only the URW
base fonts (a Helvetica-like Nimbus Sans, no DejaVu, no CJK).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

URW = Path("/usr/share/fonts/opentype/urw-base35")

CHILD = textwrap.dedent("""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QFont, QFontInfo, QFontMetrics, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from lstmviz.ui.language import language
    language.apply("zh_CN", app)
    font = QFont("DejaVu Sans")
    font.setPixelSize(12)
    metrics = QFontMetrics(font)
    image = QImage(300, 40, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.black)
    painter.drawText(2, 25, "m2m_project 已打开")
    painter.end()
    x0, x1 = 2 + metrics.horizontalAdvance("m2m"), 2 + metrics.horizontalAdvance("m2m_")
    under = min(QColor(image.pixel(x, y)).lightness() for x in range(x0, x1) for y in range(26, 25 + metrics.descent() + 1))
    x2 = 2 + metrics.horizontalAdvance("m2m_project ")
    chinese = sum(QColor(image.pixel(x, y)).lightness() < 128 for x in range(x2, 300) for y in range(10, 30))
    print(language.bundled_family(), QFontInfo(font).family(), under, chinese, sep="|")
""")


@pytest.mark.skipif(not (URW / "NimbusSans-Regular.otf").exists(), reason="the URW base fonts are not installed here")
def test_latin_text_keeps_a_latin_font_and_its_underscore(tmp_path):
    conf = tmp_path / "fonts.conf"
    conf.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>{URW}</dir><cachedir>{tmp_path / 'cache'}</cachedir>
<include ignore_missing="yes">/etc/fonts/conf.d</include></fontconfig>
""")
    env = dict(os.environ, FONTCONFIG_FILE=str(conf), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    bundled, family, underscore, chinese_ink = done.stdout.strip().splitlines()[-1].split("|")
    assert bundled == "lstmviz CJK"  # no system CJK font: the bundled one loaded
    assert "lstmviz" not in family  # DejaVu Sans's Latin text is drawn by the system's stand-in
    assert int(underscore) < 128, underscore  # a dark underscore, not a faint line on the baseline
    assert int(chinese_ink) > 20  # and the Chinese still has glyphs
