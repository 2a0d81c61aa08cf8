"""The window on real X11 displays: 1280x720 and 1920x1080 (Xvfb with openbox), normal and presenter
mode, English and Chinese, the Architecture and Unrolled tabs; the dialogs on each screen.

For every combination it prints whether the window fits the screen, what is clipped or cut by its
dock, each plot's data area, whether the canvas opens on its first block and how many cells the
unrolled view shows whole, and the smallest text in rendered pixels (top of the tallest glyph to the bottom of the lowest) in the
diagram, the plots and the widgets, and saves a screenshot of the whole screen:

    python benchmarks/real_display_check.py [--out DIR] [--example NAME] [--quick] [--train N]

Needs Xvfb and openbox (apt-get install xvfb openbox). The README's presenter table is made from
its output. The short version runs as tests/ui/test_real_display.py.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lstmviz.ui.training.plot_base import PRESENTER_MIN_VIEW_HEIGHT  # noqa: E402
from tests.ui import real_display  # noqa: E402

SIZES = ((1280, 720), (1920, 1080))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="real-display-shots", help="where the screenshots go")
    parser.add_argument("--example", default="many-to-many")
    parser.add_argument("--quick", action="store_true", help="1280x720 only, the Unrolled tab only")
    parser.add_argument("--train", type=int, default=0, metavar="N",
                        help="train N epochs before measuring (after a run the training dock shows more)")
    args = parser.parse_args(argv)
    missing = real_display.missing_programs()
    if missing:
        print(f"cannot run: {' and '.join(missing)} not installed", file=sys.stderr)
        return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    failures = 0
    print("size       mode       lang   tab           fits  clipped  diagram  plots  widgets  scale  shot")
    for width, height in SIZES[:1] if args.quick else SIZES:
        with real_display.virtual_display(width, height) as display:
            for presenter in (False, True):
                for lang in ("en", "zh_CN"):
                    for tab in ((1,) if args.quick else (0, 1)):
                        mode = "presenter" if presenter else "normal"
                        tab_name = ("architecture", "unrolled")[tab]
                        shot = out / f"{width}x{height}-{mode}-{lang}-{tab_name}.png"
                        start = time.monotonic()
                        result = real_display.check_window(display, example=args.example, lang=lang,
                                                           presenter=presenter, tab=tab, screenshot=str(shot),
                                                           dialogs=tab == 0, train=args.train)
                        bad = not result["fits"] or result["clipped"] or _too_small(result, presenter, width) \
                            or _cramped(result, presenter)
                        failures += bool(bad)
                        print(f"{width}x{height:<5} {mode:<10} {lang:<6} {tab_name:<13} "
                              f"{'yes' if result['fits'] else 'NO':<5} {len(result['clipped']):<8} "
                              f"{_px(result['diagram']):<8} {_px(result['plots']):<6} {_px(result['widgets']):<8} "
                              f"{result['scale']:<6.2f} {shot.name} ({time.monotonic() - start:.0f} s)")
                        for problem in result["clipped"]:
                            print(f"    clipped: {problem}")
                        for problem in result["cut_widgets"]:
                            print(f"    cut by its dock: {problem}")
                        for plot in result["plot_rooms"]:
                            for problem in plot["overlapping_ticks"]:
                                print(f"    {plot['where']} tick labels overlap: {problem}")
                        rooms = ", ".join(f"{p['where']} {p['height']:.0f} px" for p in result["plot_rooms"])
                        where = []
                        if "cells_shown" in result:
                            where.append(f"cells shown whole: {result['cells_shown']}")
                            where += [f"cut at the view's edges: {', '.join(result['cut_at_edges'])}"] \
                                if result["cut_at_edges"] else []
                        if "canvas" in result:
                            where.append(f"canvas shows its first block: {result['canvas']['title_shown']}, "
                                         f"horizontal scroll {result['canvas']['horizontal_scroll']} px")
                        print(f"    plots' data areas: {rooms}; {'; '.join(where)}")
                        for name, dialog in result.get("dialogs", {}).items():
                            print(f"    dialog {name}: {dialog['frame'][2]}x{dialog['frame'][3]} "
                                  f"{'fits' if dialog['fits'] else 'DOES NOT FIT'}"
                                  + (f", drawing text {_px(dialog['drawing'])}" if "drawing" in dialog else ""))
                            for problem in dialog["clipped"]:
                                print(f"      clipped: {problem}")
                            failures += not dialog["fits"] or bool(dialog["clipped"])
    print("all fit, nothing clipped, presenter text large enough" if not failures else f"{failures} problems")
    return 1 if failures else 0


def _px(measure: dict) -> str:
    return f"{measure['smallest']:.0f} px" if measure["smallest"] is not None else "-"


def _cramped(result: dict, presenter: bool) -> bool:
    """A widget cut by its dock, a plot without room for a curve, a canvas opened past its first block (or, in
    presenter mode, needing a horizontal scroll), an unrolled view showing fewer than two whole cells or cutting
    a text at its edges."""
    least = PRESENTER_MIN_VIEW_HEIGHT * result["factor"] - 1 if presenter else 60
    return bool(result["cut_widgets"]) or any(p["height"] < least or p["hint_inside"] is False
                                              or p["overlapping_ticks"] for p in result["plot_rooms"]) \
        or ("canvas" in result and (not result["canvas"]["title_shown"]
                                    or (presenter and result["canvas"]["horizontal_scroll"]))) \
        or result.get("cells_shown", 2) < 2 or bool(result.get("cut_at_edges"))


def _too_small(result: dict, presenter: bool, width: int) -> bool:
    if not presenter:
        return False
    factor = max(1.0, width / 1280)
    return any((result[key]["smallest"] or 0) < need * factor - 0.5
               for key, need in (("diagram", 16), ("plots", 16), ("widgets", 18)))


if __name__ == "__main__":
    sys.exit(main())
