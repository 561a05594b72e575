#!/usr/bin/env python3
"""Per-article quote and event figures from one `kb export` over a whole set.

usage: python3 tools/score-quotes-events-per-article.py GOLD.json out.json

Each gold article is scored alone with tools/score.py against the whole export (quotes and events are
matched per article there). Entity figures are knowledge-base wide, so they are left out here; for them
build kb over each article alone with tools/score-per-article.sh.
"""
import json
import os
import subprocess
import sys
import tempfile

SCORER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "score.py")


def main(gold_path, export_path):
    gold = json.load(open(gold_path, encoding="utf-8"))
    print("| article | quotes (gold) | quote F1 | speaker | events (gold) | event F1 | date |")
    print("|---|---|---|---|---|---|---|")
    for article in gold["articles"]:
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as one:
            json.dump({"articles": [article]}, one)
        try:
            out = subprocess.run([sys.executable, SCORER, one.name, export_path], capture_output=True, text=True).stdout
        finally:
            os.unlink(one.name)
        m = dict(line.split(": ", 1) for line in out.splitlines() if ": " in line and not line.startswith("summary"))
        name = article["file"].replace("\\", "/").rsplit("/", 1)[-1][:60]
        print("| %s | %d | %s | %s | %d | %s | %s |" % (
            name, len(article.get("quotes", [])), m.get("quote_f1"), m.get("speaker_accuracy"),
            len(article.get("events", [])), m.get("event_f1"), m.get("event_date_accuracy")))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
