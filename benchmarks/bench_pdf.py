"""Benchmark: walk lists against drawing the same strings on a plain reportlab canvas.

    python benchmarks/bench_pdf.py [--households N ...] [--repeat R]

For each size (default 500 and 10,000 households) a demo neighbourhood (seed 1) is written into a
fresh file. Then, in the same run and on the same file:

- walk list: :func:`buurtdesk.io.pdf.exports.export_walklist` for every street (the query, the
  layout, the cover, every row with its boxes, lines and shortened notes, the embedded font, the
  temporary file moved into place);
- baseline: the same rows' strings (row number, house number, street, last outcome, the six
  outcome words, the note label and the note, the section headings, the header and footer lines)
  drawn with ``drawString`` in the same embedded font on a plain ``Canvas``, with the same page
  breaks, the same page compression and the garbage collector paused as the walk list does, and
  saved;
- pages per second of the walk list.

The median of ``--repeat`` runs is reported; the target is a ratio of at most 3.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from buurtdesk.domain.demo import generate
from buurtdesk.domain.outcomes import Outcome
from buurtdesk.domain.walklist import number_rows
from buurtdesk.io.pdf.common import BOLD, CONFIDENTIAL, FONT, gc_paused, register_fonts
from buurtdesk.io.pdf.exports import export_walklist
from buurtdesk.io.pdf.walklist import _last_visit, _layout
from buurtdesk.store.db import open_db
from buurtdesk.store.demo import write_demo
from buurtdesk.store.printing import walk_entries
from buurtdesk.store.projects import current_project


def baseline(path: Path, entries: list, title: str) -> int:
    """The same strings, plainly drawn, with the walk list's page breaks."""
    register_fonts()
    pages = _layout(number_rows(entries))
    words = [o.dutch for o in Outcome]
    c = Canvas(str(path), pagesize=A4, pageCompression=1)
    total = len(pages) + 1
    c.setFont(FONT, 10)
    for line in range(40):  # the cover: about as many strings as the real one
        c.drawString(40, 800 - line * 18, f"{title} {line}")
    c.showPage()
    for number, items in enumerate(pages, start=2):
        c.setFont(BOLD, 13)
        c.drawString(40, 800, f"Looplijst {title}")
        c.setFont(FONT, 10)
        c.drawString(40, 786, title)
        c.drawString(40, 40, CONFIDENTIAL)
        c.drawString(480, 40, f"pagina {number} van {total}")
        y = 760.0
        for item in items:
            if item.row is None:
                c.drawString(40, y, item.title)
                c.drawString(400, y, item.detail)
            else:
                entry = item.row.entry
                c.drawString(40, y, str(item.row.number))
                c.drawString(80, y, entry.house_number)
                c.drawString(120, y, entry.street)
                c.drawString(80, y - 14, _last_visit(entry))
                for i, word in enumerate(words):
                    c.drawString(300 + (i % 3) * 90, y - (i // 3) * 14, word)
                c.drawString(80, y - 28, "notitie")
                if entry.note:
                    c.drawString(120, y - 28, entry.note[:80])
            y -= item.height
        c.showPage()
    c.save()
    return total


def paused(fn, *args):
    """The baseline with the collector paused too, as the walk list does (a fair comparison)."""
    with gc_paused():
        return fn(*args)


def median_time(fn, repeat: int) -> tuple[float, object]:
    times = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, nargs="+", default=[500, 10_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    register_fonts()
    print("| households | pages | walk list | baseline | ratio | pages/s | file |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as folder:
        for size in args.households:
            db = open_db(Path(folder) / f"buurt-{size}.buurtdesk")
            write_demo(db, generate(size, seed=1))
            project = current_project(db)
            assert project is not None
            out = Path(folder) / f"looplijst-{size}.pdf"
            plain = Path(folder) / f"baseline-{size}.pdf"
            ours, result = median_time(
                lambda p=project, o=out, d=db: export_walklist(d, p, o), args.repeat
            )
            entries = walk_entries(db, project.id)
            base, _ = median_time(
                lambda e=entries, p=plain, t=project.title: paused(baseline, p, e, t), args.repeat
            )
            pages = result.pages  # type: ignore[attr-defined]
            size_mib = out.stat().st_size / 2**20
            print(
                f"| {size:,} | {pages:,} | {ours:.2f} s | {base:.2f} s | {ours / base:.2f} | "
                f"{pages / ours:.0f} | {size_mib:.1f} MiB |"
            )
            db.close()


if __name__ == "__main__":
    main()
