"""Make the bundled CJK fallback font: Noto Sans CJK SC cut down to the characters lstmviz shows.

    python packaging/subset_cjk_font.py FONT      # FONT: NotoSansCJK-Regular.ttc (or a Noto Sans SC .otf)
    python packaging/subset_cjk_font.py --check   # exit 1 if a character of a .ts is not in the bundled font

A system without a Chinese font would draw the Chinese UI as boxes, so lstmviz ships
``resources/fonts/LstmvizCJK-Regular.otf`` and loads it only then (:mod:`lstmviz.ui.language.language`).
The full font is 16 MB; this keeps every character of the translation catalogues and of
the bundled Chinese texts (``resources/data/``: a character model writes them), the
CJK and full-width punctuation, and the 1,000 most frequent characters
(``packaging/common_hanzi.txt``: what users type most in titles and file names). Run it after translating new strings (the
translation test says when a character is missing), with fontTools installed
(``pip install fonttools``: a tool for this script, not a dependency of lstmviz). Debian's
``fonts-noto-cjk`` package has the font (``/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc``).
The font is under the SIL Open Font License 1.1 (``resources/fonts/OFL.txt``); a subset keeps
that license and, as the license asks of a modified version, a name of its own.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "fonts" / "LstmvizCJK-Regular.otf"
FAMILY = "lstmviz CJK"
TRANSLATIONS = ROOT / "resources" / "translations"
DATA = ROOT / "resources" / "data"
# The 1,000 most frequent characters, counted over the word frequencies of jieba's dictionary
# (MIT licensed), most frequent first.
COMMON = Path(__file__).with_name("common_hanzi.txt")
PUNCTUATION = "，。、；：？！“”‘’（）《》【】「」『』—…·～　"


def catalogue_characters() -> set[str]:
    chars: set[str] = set()
    for ts in TRANSLATIONS.glob("*.ts"):
        for node in ET.parse(ts).getroot().iter("translation"):
            chars.update(node.text or "")
    return {c for c in chars if ord(c) > 0x7E}


def common_characters() -> set[str]:
    """The 1,000 most frequent simplified characters (``packaging/common_hanzi.txt``)."""
    return set(COMMON.read_text(encoding="utf-8").replace("\n", ""))


def corpus_characters() -> set[str]:
    """Every character of the bundled Chinese texts: a character model's sample may write any of them."""
    import gzip

    chars: set[str] = set()
    for path in DATA.glob("*.txt.gz"):
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
        if any("\u4e00" <= c <= "\u9fff" for c in text[:1000]):
            chars.update(c for c in text if ord(c) > 0x7E)
    return chars


def wanted() -> set[str]:
    ascii_range = {chr(c) for c in range(0x20, 0x7F)}
    return catalogue_characters() | common_characters() | corpus_characters() | set(PUNCTUATION) | ascii_range


def subset(source: Path) -> None:
    from fontTools import subset as ft_subset
    from fontTools.ttLib import TTCollection, TTFont

    if source.suffix.lower() == ".ttc":
        faces = TTCollection(str(source)).fonts
        font = next(f for f in faces if f["name"].getDebugName(1) == "Noto Sans CJK SC")
    else:
        font = TTFont(str(source))
    options = ft_subset.Options()
    options.layout_features = ["kern", "vert", "locl", "palt"]
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
    options.hinting = False
    options.desubroutinize = False
    subsetter = ft_subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(ord(c) for c in wanted()))
    subsetter.subset(font)
    _rename(font)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(OUT))
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KB, {len(wanted())} characters)")


def _rename(font) -> None:
    """A modified OFL font may not keep its Reserved Font Name: give the subset its own family name."""
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 16):
            names.setName(FAMILY, record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID in (3, 4):
            names.setName(f"{FAMILY} Regular", record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 6:
            names.setName("lstmvizCJK-Regular", record.nameID, record.platformID, record.platEncID, record.langID)
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = ["lstmvizCJK-Regular"]
        top = cff.topDictIndex[0]
        top.FullName, top.FamilyName = f"{FAMILY} Regular", FAMILY


def missing() -> list[str]:
    from fontTools.ttLib import TTFont

    cmap = TTFont(str(OUT)).getBestCmap()
    return sorted(c for c in catalogue_characters() if ord(c) not in cmap)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("font", nargs="?", type=Path, help="Noto Sans CJK (.ttc) or Noto Sans SC (.otf)")
    parser.add_argument("--check", action="store_true", help="list catalogue characters the bundled font lacks")
    args = parser.parse_args(argv)
    if args.check:
        gone = missing()
        if gone:
            print("not in the bundled font: " + "".join(gone), file=sys.stderr)
        return 1 if gone else 0
    if args.font is None:
        parser.error("give the font to subset (or --check)")
    subset(args.font)
    return 0


if __name__ == "__main__":
    sys.exit(main())
