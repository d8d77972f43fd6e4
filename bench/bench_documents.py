#!/usr/bin/env python3
"""Benchmark the document readers; prints figures beside a baseline measured in the same run.

    .venv/bin/python bench/bench_documents.py

- warm read time of each seed (../shared/seeds, skipped when absent) and each example
- a generated 50-page text PDF, end to end (target <= 5 s), against the baseline: plain
  pypdfium2 ``get_text_range`` over all pages, no block structure
- peak memory (max RSS of a fresh process) reading a generated 200-page PDF (target
  <= 500 MB), against the same baseline
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "src"))

from intercity.core.documents import read_document  # noqa: E402
from tests.core.documents.pdfwriter import Text, layout_lines, write_pdf_pages  # noqa: E402

SEEDS = (REPO / ".." / "shared" / "seeds").resolve()
EXAMPLES = REPO / "src" / "intercity" / "examples"
TARGET_50_S = 5.0
TARGET_200_MB = 500.0

WORDS = ("Busan Barcelona delegation cooperation smart city port energy mobility exchange "
         "partnership agreement visit project culture tourism research university sister "
         "friendship programme IURC pairing action plan renewable hydrogen fare system").split()


def _sentence(i: int, n: int = 14) -> str:
    return " ".join(WORDS[(i * 7 + k * 3) % len(WORDS)] for k in range(n))


def make_pdf(pages: int) -> bytes:
    """Realistic density: a heading, ~40 lines of prose per page; every 4th page has two
    columns and a small table."""
    out = []
    for p in range(pages):
        if p % 4 == 3:
            items = layout_lines([f"# Section {p + 1}", _sentence(p, 12)])
            for c in range(2):
                items += layout_lines([_sentence(p * 40 + c * 20 + k, 6) for k in range(18)], x=72 + c * 240, top=680)
            for r in range(4):
                for c in range(3):
                    items.append(Text(72 + c * 150, 380 - r * 26, f"cell {r}-{c} {WORDS[(r + c) % len(WORDS)]}"))
        else:
            lines = [f"# Chapter {p + 1}"]
            for k in range(40):
                lines.append(_sentence(p * 40 + k) if k % 8 else "")
            items = layout_lines(lines)
        items.append(Text(280, 30, f"Page {p + 1} of {pages}", 9))
        out.append(items)
    return write_pdf_pages(out)


def timed(fn, repeat: int = 3) -> float:
    fn()  # warm up
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def baseline_read(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    total = 0
    for i in range(len(pdf)):
        page = pdf[i]
        tp = page.get_textpage()
        total += len(tp.get_text_range())
        tp.close()
        page.close()
    pdf.close()
    return total


CHILD = """
import json, resource, sys, time
sys.path.insert(0, {src!r})
t = time.perf_counter()
if sys.argv[1] == "intercity":
    from intercity.core.documents import read_document
    doc = read_document(sys.argv[2])
    size = len(doc.blocks)
else:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(sys.argv[2])
    size = 0
    for i in range(len(pdf)):
        page = pdf[i]; tp = page.get_textpage(); size += len(tp.get_text_range()); tp.close(); page.close()
    pdf.close()
elapsed = time.perf_counter() - t
print(json.dumps({{"maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "seconds": elapsed, "size": size}}))
"""


def child(kind: str, path: Path) -> dict:
    code = CHILD.format(src=str(REPO / "src"))
    out = subprocess.run([sys.executable, "-c", code, kind, str(path)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    rows = []
    print("Intercity document readers — benchmark\n")
    print(f"{'document':48} {'format':8} {'blocks':>7} {'warm read':>12}")
    files = []
    if SEEDS.exists():
        files += sorted(SEEDS.glob("*.txt"))
    else:
        print(f"(seeds not found at {SEEDS}; skipped)")
    files += sorted(EXAMPLES.glob("*.pptx")) + sorted(EXAMPLES.glob("*.docx"))
    for path in files:
        doc = read_document(path)
        t = timed(lambda: read_document(path), repeat=5)
        print(f"{path.name:48} {doc.format:8} {len(doc.blocks):>7} {t * 1000:>9.1f} ms")
        rows.append({"document": path.name, "seconds": t})

    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        pdf50 = Path(tmp) / "fifty.pdf"
        pdf200 = Path(tmp) / "two-hundred.pdf"
        t = time.perf_counter()
        pdf50.write_bytes(make_pdf(50))
        pdf200.write_bytes(make_pdf(200))
        print(f"\n(generated test PDFs in {time.perf_counter() - t:.1f} s: 50 pages {pdf50.stat().st_size / 1e6:.1f} MB, "
              f"200 pages {pdf200.stat().st_size / 1e6:.1f} MB)")

        print("\n50-page text PDF, end to end (fresh process: import + read)")
        ours = child("intercity", pdf50)
        base = child("baseline", pdf50)
        warm = timed(lambda: read_document(pdf50), repeat=2)
        warm_base = timed(lambda: baseline_read(pdf50), repeat=2)
        print(f"  intercity read_document   {ours['seconds']:6.2f} s  (warm {warm:.2f} s)  {ours['size']} blocks   target <= {TARGET_50_S:.0f} s")
        print(f"  baseline pypdfium2 text   {base['seconds']:6.2f} s  (warm {warm_base:.2f} s)  {base['size']} chars, no structure")
        print(f"  ratio intercity/baseline  {warm / max(warm_base, 1e-9):6.1f} x")
        ok &= ours["seconds"] <= TARGET_50_S

        print("\n200-page text PDF, peak memory (max RSS of a fresh process)")
        ours = child("intercity", pdf200)
        base = child("baseline", pdf200)
        print(f"  intercity read_document   {ours['maxrss_mb']:6.0f} MB  ({ours['seconds']:.2f} s, {ours['size']} blocks)   target <= {TARGET_200_MB:.0f} MB")
        print(f"  baseline pypdfium2 text   {base['maxrss_mb']:6.0f} MB  ({base['seconds']:.2f} s)")
        ok &= ours["maxrss_mb"] <= TARGET_200_MB

    print("\nresult:", "targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
