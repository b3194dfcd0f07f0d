"""Benchmark: compact walk lists against drawing the same lines on a plain reportlab canvas.

    python benchmarks/bench_walklist_compact.py [--households N ...] [--repeat R]

For each size (default 500 and 10,000 households) a demo neighbourhood (seed 1) is written into a
fresh file. Then, in the same run and on the same file:

- compact walk list: :func:`buurtdesk.io.pdf.exports.export_walklist` with ``compact=True`` for
  every street (the query, the layout, page one's message, the column heads and legend on every
  page, each row with its number frame, six boxes, last outcome and note, the embedded font, the
  temporary file moved into place, the printed list recorded for re-entry);
- baseline: the same lines' strings (row number, house number, street, last outcome, note, the
  section headings, the column heads, legend, header and footer) drawn with ``drawString`` in the
  same embedded font on a plain ``Canvas``, with the same page breaks and page compression and
  the collector paused as the walk list does, and saved;
- pages, doors per page, and pages per second of the compact list.

The median of ``--repeat`` runs is reported, the two sides alternated; the target is a ratio of
at most 3.
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
from buurtdesk.domain.walklist import number_rows
from buurtdesk.io.pdf.common import BOLD, CONFIDENTIAL, FONT, gc_paused, register_fonts
from buurtdesk.io.pdf.exports import export_walklist
from buurtdesk.io.pdf.walklist_compact import LEGEND, _last, layout
from buurtdesk.store.db import open_db
from buurtdesk.store.demo import write_demo
from buurtdesk.store.printing import walk_entries
from buurtdesk.store.projects import current_project


def baseline(path: Path, entries: list, title: str, message: str) -> int:
    """The same strings, plainly drawn, with the compact list's page breaks."""
    register_fonts()
    pages = layout(number_rows(entries), 2)
    c = Canvas(str(path), pagesize=A4, pageCompression=1)
    total = len(pages)
    for number, lines in enumerate(pages, start=1):
        c.setFont(BOLD, 13)
        c.drawString(34, 800, f"Looplijst · compact {title}")
        c.setFont(FONT, 10)
        c.drawString(34, 786, title)
        c.drawString(34, 34, CONFIDENTIAL)
        c.drawString(480, 34, f"pagina {number} van {total}")
        y = 770.0
        if number == 1:
            c.drawString(34, y, message[:90])
            c.drawString(34, y - 13, message[90:180])
            y -= 40
        c.setFont(FONT, 8)
        for x, head in ((34, "rij"), (70, "adres"), (230, "laatst"), (480, "notitie")):
            c.drawString(x, y, head)
        c.drawString(34, y - 11, LEGEND)
        y -= 30
        for line in lines:
            if line.row is None:
                c.setFont(BOLD, 10)
                c.drawString(40, y, line.title)
                c.setFont(FONT, 9)
                c.drawString(450, y, line.detail)
                y -= 20
                continue
            entry = line.row.entry
            c.setFont(BOLD, 10)
            c.drawString(40, y, str(line.row.number))
            c.drawString(70, y, entry.house_number)
            c.setFont(FONT, 8)
            c.drawString(100, y, entry.street)
            c.drawString(230, y, _last(entry))
            if entry.note:
                c.drawString(480, y, entry.note[:24])
            y -= 18
        c.showPage()
    c.save()
    return total


def paused(fn, *args):
    """The baseline with the collector paused too, as the walk list does (a fair comparison)."""
    with gc_paused():
        return fn(*args)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, nargs="+", default=[500, 10_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    register_fonts()
    print("| households | pages (full list) | compact pages | doors/page | compact | baseline "
          "| ratio | pages/s |")  # fmt: skip
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as folder:
        for size in args.households:
            db = open_db(Path(folder) / f"buurt-{size}.buurtdesk")
            write_demo(db, generate(size, seed=1))
            project = current_project(db)
            assert project is not None
            out = Path(folder) / f"compact-{size}.pdf"
            plain = Path(folder) / f"baseline-{size}.pdf"
            full = export_walklist(db, project, Path(folder) / f"full-{size}.pdf")
            entries = walk_entries(db, project.id)
            ours: list[float] = []
            base: list[float] = []
            result = None
            for _ in range(args.repeat):  # alternated, so a busy moment favours neither side
                start = time.perf_counter()
                result = export_walklist(db, project, out, compact=True)
                ours.append(time.perf_counter() - start)
                start = time.perf_counter()
                paused(baseline, plain, entries, project.title, project.message)
                base.append(time.perf_counter() - start)
            assert result is not None
            t_ours, t_base = statistics.median(ours), statistics.median(base)
            print(
                f"| {size:,} | {full.pages:,} | {result.pages:,} | {size / result.pages:.0f} | "
                f"{t_ours:.2f} s | {t_base:.2f} s | {t_ours / t_base:.2f} | "
                f"{result.pages / t_ours:.0f} |"
            )
            db.close()


if __name__ == "__main__":
    main()
