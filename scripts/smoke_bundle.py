"""Smoke test of the built bundle, the way a volunteer's laptop runs it: no Python on the path,
an empty environment, a fresh home folder.

    python scripts/smoke_bundle.py dist/buurtdesk

Checks, and fails (exit 1) on the first that does not hold:
- the folder stays within the size budget (200 MB unpacked);
- `--version`, `demo`, `households --json` work;
- every export writes a PDF whose fonts are all embedded (`pdffonts`);
- the window starts on a virtual screen (Xvfb) in Dutch and in English, every page opens
  (Ctrl+1 … Ctrl+7, real key presses through xdotool), Ctrl+Q quits, and nothing is printed that
  looks like a traceback.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BUDGET_MB = 200
PAGES = 9  # Ctrl+1 … Ctrl+9: Straten … Afdrukken, Uitwisselen, Ideeën, Opvolgen


def fail(message: str) -> None:
    print(f"smoke: FOUT: {message}", file=sys.stderr)
    raise SystemExit(1)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


class Bundle:
    def __init__(self, folder: Path, home: Path) -> None:
        self.exe = folder / "buurtdesk"
        if not self.exe.exists():
            fail(f"{self.exe} ontbreekt")
        self.home = home
        # No Python, no virtual environment, no PYTHONPATH: only what a fresh account has.
        self.env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8"}

    def run(self, *args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [str(self.exe), *args], env=self.env, capture_output=True, text=True, timeout=timeout
        )
        if result.returncode != 0 or "Traceback" in result.stderr:
            fail(f"buurtdesk {' '.join(args)} gaf {result.returncode}:\n{result.stderr}")
        return result


def check_exports(bundle: Bundle, db: Path, out: Path) -> None:
    for kind in ("walklist", "doorcards", "letter", "report", "plan"):
        pdf = out / f"{kind}.pdf"
        bundle.run("--db", str(db), "export", kind, "--out", str(pdf), timeout=300)
        if not pdf.exists():
            fail(f"export {kind}: geen PDF geschreven")
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
        rows = fonts.splitlines()[2:]
        if not rows:
            fail(f"export {kind}: pdffonts vindt geen lettertypen")
        for row in rows:
            # columns: name type encoding emb sub uni object ID
            parts = row.split()
            if "DejaVu" not in row or parts[-5] != "yes":
                fail(f"export {kind}: lettertype niet ingebed: {row}")
        print(f"smoke: export {kind}: {pdf.stat().st_size // 1024} kB, lettertype ingebed")


def check_exchange(bundle: Bundle, db: Path, home: Path) -> None:
    """A start package and a new laptop joined from it: the sealing (cryptography) works."""
    code = ["--code", "een teamcode voor de proef"]
    package = home / "start.bdx"
    bundle.run("--db", str(db), "exchange", "package", "--out", str(package), *code)
    laptop = home / "tweede.buurtdesk"
    bundle.run("--db", str(laptop), "exchange", "join", str(package), *code)
    rows = json.loads(bundle.run("--db", str(laptop), "households", "--json").stdout)
    if len(rows) < 100:
        fail(f"de tweede laptop kreeg {len(rows)} huishoudens")
    print(f"smoke: startpakket en tweede laptop: {len(rows)} huishoudens")


def xdotool(*args: str, display: str) -> str:
    result = subprocess.run(
        ["xdotool", *args],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=60,
    )
    return result.stdout.strip()


def choose_language(home: Path, language: str) -> None:
    """What the Taal menu stores (a locale the machine has not generated cannot be relied on)."""
    conf = home / ".config" / "BuurtDesk" / "BuurtDesk.conf"
    conf.parent.mkdir(parents=True, exist_ok=True)
    conf.write_text(f"[General]\nlanguage={language}\n", encoding="utf-8")


def check_window(bundle: Bundle, db: Path, language: str, shots: Path | None) -> set[str]:
    display = ":97"
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(1.0)
        choose_language(bundle.home, language)
        env = dict(bundle.env, DISPLAY=display)
        log = bundle.home / f"window-{language}.log"
        with log.open("w") as err:
            app = subprocess.Popen(
                [str(bundle.exe), str(db)], env=env, stdout=err, stderr=subprocess.STDOUT
            )
        window = ""
        for _ in range(120):
            window = xdotool("search", "--onlyvisible", "--name", "BuurtDesk", display=display)
            if window or app.poll() is not None:
                break
            time.sleep(0.5)
        if not window:
            app.kill()
            fail(f"het venster ({language}) verscheen niet:\n{log.read_text()}")
        window_id = window.splitlines()[0]
        # No window manager runs under Xvfb: give the window the keyboard focus directly, then
        # type through XTEST (real key presses; Qt ignores synthetic XSendEvent keys).
        xdotool("windowfocus", "--sync", window_id, display=display)
        seen: set[str] = set()
        for page in range(1, PAGES + 1):
            xdotool("key", f"ctrl+{page}", display=display)
            time.sleep(1.5)
            if app.poll() is not None:
                fail(f"het venster ({language}) sloot bij Ctrl+{page}:\n{log.read_text()}")
            shot = (shots or bundle.home) / f"bundle-{language}-{page}.png"
            subprocess.run(
                ["import", "-display", display, "-window", "root", str(shot)],
                capture_output=True, timeout=60,
            )  # fmt: skip
            seen.add(hashlib.sha256(shot.read_bytes()).hexdigest())
        if len(seen) != PAGES:  # every page looks different: every key press arrived
            fail(f"niet elke pagina ging open ({len(seen)} van {PAGES} verschillend)")
        xdotool("key", "ctrl+q", display=display)
        try:
            status = app.wait(timeout=30)
        except subprocess.TimeoutExpired:
            app.kill()
            fail(f"Ctrl+Q sloot het venster ({language}) niet")
        text = log.read_text()
        if status != 0 or "Traceback" in text:
            fail(f"het venster ({language}) eindigde met {status}:\n{text}")
        print(f"smoke: venster ({language}): {PAGES} pagina's geopend, Ctrl+Q sloot het")
        return seen
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)


def main() -> int:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "dist/buurtdesk").resolve()
    shots_dir = os.environ.get("BUURTDESK_SMOKE_SHOTS")  # a folder for screenshots, if wanted
    shots = Path(shots_dir) if shots_dir else None
    size_mb = folder_size(folder) / 1e6
    print(f"smoke: bundel {size_mb:.0f} MB (budget {BUDGET_MB} MB)")
    if size_mb > BUDGET_MB:
        fail(f"de bundel is {size_mb:.0f} MB, meer dan {BUDGET_MB} MB")
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        bundle = Bundle(folder, home)
        version = bundle.run("--version").stdout.strip()
        print(f"smoke: {version}")
        db = home / "smoke.buurtdesk"
        bundle.run("--db", str(db), "demo", timeout=300)
        rows = json.loads(bundle.run("--db", str(db), "households", "--json").stdout)
        count = len(rows) if isinstance(rows, list) else len(rows.get("households", []))
        if count < 100:
            fail(f"households --json gaf {count} huishoudens")
        print(f"smoke: demo en households --json: {count} huishoudens")
        check_exports(bundle, db, home)
        check_exchange(bundle, db, home)
        if shutil.which("Xvfb") and shutil.which("xdotool") and shutil.which("import"):
            dutch = check_window(bundle, db, "nl", shots)
            english = check_window(bundle, db, "en", shots)
            if dutch & english:  # the same pixels in both languages: the translation is missing
                fail("het Engelse venster ziet er hetzelfde uit als het Nederlandse")
        else:
            fail("Xvfb, xdotool en ImageMagick zijn nodig voor de proef met het venster")
    print("smoke: geslaagd")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
