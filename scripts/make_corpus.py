#!/usr/bin/env python3
"""Generate the labelled evaluation corpus: ``corpus/docs/*`` and ``corpus/gold.json``.

    .venv/bin/python scripts/make_corpus.py            # everything (PDFs need /usr/bin/chromium)
    .venv/bin/python scripts/make_corpus.py --out DIR  # write somewhere else (tests use this)
    .venv/bin/python scripts/make_corpus.py --skip-pdf # no chromium needed

Every document is written in our own words (in ``corpus_docs_*.py`` beside this file, with the
shared helpers in ``corpus_common.py``), as the kind of document a city's
international-relations team receives (slide decks, Word reports, PDFs, web pages, e-mails,
text files in several encodings and languages). City names and, where we know them, partner
pairs are real; the visits, dates, cooperation items and most years are made up for the
evaluation and are not reference facts.

The gold facts of each document are declared next to the code that writes it, from the same
lists, so text and labels cannot drift apart. The output is byte-for-byte reproducible:
fixed document properties, zip timestamps, MIME boundaries and PDF dates (Chromium-printed
PDFs are reproducible for a given Chromium version). See docs/evaluation.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = str(Path(__file__).resolve().parent)
if HERE not in sys.path:  # the helpers and the documents are modules beside this file
    sys.path.insert(0, HERE)

import corpus_common  # noqa: E402
import corpus_docs_01_14  # noqa: E402
import corpus_docs_15_28  # noqa: E402
# The fresh test split (2026-11-30), written by someone who did not write the rules.
import corpus_docs_29_35  # noqa: E402
import corpus_docs_36_42  # noqa: E402
# Additional dev material (2026-11-30): new homes, layouts, languages and encodings.
import corpus_docs_43_49  # noqa: E402
import corpus_docs_50_56  # noqa: E402
# Third batch (2026-11-30): more dev material (57-66) and more test documents (67-70).
import corpus_docs_57_66  # noqa: E402
import corpus_docs_67_70  # noqa: E402
# Fourth batch (2026-11-30): more dev material (71-80) and more test documents (81-84).
import corpus_docs_71_80  # noqa: E402
import corpus_docs_81_84  # noqa: E402
# Fifth batch (2026-11-30): more dev material (85-94) and more test documents (95-98).
import corpus_docs_85_94  # noqa: E402
import corpus_docs_95_98  # noqa: E402
# Sixth batch (2026-11-30): more dev material (99-106) and more test documents (107-109).
import corpus_docs_99_106  # noqa: E402
import corpus_docs_107_109  # noqa: E402
# Seventh batch (2026-12-01): more dev material (110-117) and more test documents (118-120).
import corpus_docs_110_117  # noqa: E402
import corpus_docs_118_120  # noqa: E402
# Eighth batch (2026-12-01): more dev material (121-128); the test split stays at 32 of 128.
import corpus_docs_121_128  # noqa: E402
# Ninth batch (2026-12-01): more dev material (129-134) and more test documents (135-136).
import corpus_docs_129_134  # noqa: E402
import corpus_docs_135_136  # noqa: E402
# Tenth batch (2026-12-01): more dev material (137-142) and more test documents (143-144).
import corpus_docs_137_142  # noqa: E402
import corpus_docs_143_144  # noqa: E402
# Eleventh batch (2026-12-01): more dev material (145-150) and more test documents (151-152).
import corpus_docs_145_150  # noqa: E402
import corpus_docs_151_152  # noqa: E402
# Twelfth batch (2026-12-01): more dev material (153-158) and more test documents (159-160).
import corpus_docs_153_158  # noqa: E402
import corpus_docs_159_160  # noqa: E402
# Thirteenth batch (2026-12-01): a fresh held-out batch (161-170, test only), written after the seventh
# disclosure by an author who writes no rules.
import corpus_docs_161_170  # noqa: E402
# Fourteenth batch (2026-12-01): a dev batch (171-176) to be measured unseen, before rule work.
import corpus_docs_171_176  # noqa: E402
# Fifteenth batch (2026-12-02): a dev batch (177-182) to be measured unseen, before rule work.
import corpus_docs_177_182  # noqa: E402
# The eighth session (2026-12-02): three dev documents (183-185) of visits, written by its engagement helper.
import corpus_docs_183_185  # noqa: E402
# The eighth session (2026-12-02): three dev documents (186-188) of partner lists, written by its partner-list helper.
import corpus_docs_186_188  # noqa: E402
# The eighth session (2026-12-02): three dev documents (189-191) of claims and cooperation, written by its claims helper.
import corpus_docs_189_191  # noqa: E402
# Sixteenth batch (2026-12-02): a dev batch (192-197) to be measured unseen, before rule work.
import corpus_docs_192_197  # noqa: E402
from corpus_common import CORPUS, Gold, Spec, no_printing  # noqa: E402

ALL_SPECS: list[Spec] = (corpus_docs_01_14.SPECS + corpus_docs_15_28.SPECS + corpus_docs_29_35.SPECS
                         + corpus_docs_36_42.SPECS + corpus_docs_43_49.SPECS + corpus_docs_50_56.SPECS
                         + corpus_docs_57_66.SPECS + corpus_docs_67_70.SPECS + corpus_docs_71_80.SPECS
                         + corpus_docs_81_84.SPECS + corpus_docs_85_94.SPECS + corpus_docs_95_98.SPECS
                         + corpus_docs_99_106.SPECS + corpus_docs_107_109.SPECS + corpus_docs_110_117.SPECS
                         + corpus_docs_118_120.SPECS + corpus_docs_121_128.SPECS + corpus_docs_129_134.SPECS
                         + corpus_docs_135_136.SPECS + corpus_docs_137_142.SPECS + corpus_docs_143_144.SPECS
                         + corpus_docs_145_150.SPECS + corpus_docs_151_152.SPECS + corpus_docs_153_158.SPECS
                         + corpus_docs_159_160.SPECS + corpus_docs_161_170.SPECS + corpus_docs_171_176.SPECS
                         + corpus_docs_177_182.SPECS + corpus_docs_183_185.SPECS + corpus_docs_186_188.SPECS
                         + corpus_docs_189_191.SPECS + corpus_docs_192_197.SPECS)


def gold_entry(spec: Spec, gold: Gold) -> dict:
    cc, key = corpus_common.PLACES[spec.home]
    return {
        "file": spec.file,
        "split": spec.split,
        "format": spec.fmt,
        "language": spec.language,
        "encoding": spec.encoding,
        "home": f"{corpus_common._display(spec.home)}, {cc}",
        "home_key": key,
        "expected_error": spec.expected_error,
        "features": spec.features,
        "partnerships": gold.partnerships,
        "engagements": gold.engagements,
        "cooperation": gold.cooperation,
        "claims": gold.claims,
        "needs": gold.needs,
    }


def build(out: Path, skip_pdf: bool = False, only: list[str] | None = None) -> dict:
    docs_dir = out / "docs"
    docs_dir.mkdir(parents=True, exist_ok=True)
    entries = []
    for spec in ALL_SPECS:
        wanted = not only or spec.file in only
        if (skip_pdf and spec.printed) or not wanted:
            # keep the gold complete: build only the labels (the printed PDF is left as it is)
            data, gold = None, _gold_only(spec)
        else:
            data, gold = spec.build()
        if data is not None:
            (docs_dir / spec.file).write_bytes(data)
        entries.append(gold_entry(spec, gold))
    gold_doc = {
        "version": 1,
        "description": "Gold facts of the Intercity evaluation corpus (see docs/evaluation.md). "
                       "Generated by scripts/make_corpus.py: do not edit by hand.",
        "documents": entries,
    }
    (out / "gold.json").write_text(json.dumps(gold_doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return gold_doc


def _gold_only(spec: Spec) -> Gold:
    """The gold of a Chromium-printed PDF without printing it (builders are cheap apart from Chromium)."""
    with no_printing():
        return spec.build()[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=CORPUS, help="output directory (default: corpus/)")
    parser.add_argument("--skip-pdf", action="store_true", help="do not print the Chromium PDFs")
    parser.add_argument("--only", nargs="*", help="file names to (re)build; gold is always written in full")
    args = parser.parse_args(argv)
    gold = build(args.out, skip_pdf=args.skip_pdf, only=args.only)
    n = len(gold["documents"])
    test = sum(d["split"] == "test" for d in gold["documents"])
    print(f"{n} documents ({n - test} dev, {test} test) in {args.out / 'docs'}; gold in {args.out / 'gold.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
