#!/usr/bin/env bash
# Per-article gold scores: compiles kb over each article of a folder alone, exports it and scores
# the export against that article's gold entry with score.py, one table row per article.
#
# usage: tools/score-per-article.sh GOLD.json ARTICLES_DIR [SCORE_PY]
#   SCORE_PY defaults to ../shared/score.py beside the repository (or $SCORE_PY).
# Articles without a gold entry are skipped. Each article is a separate build (20-40 s).
# The builds go to their own artifacts folder (KB_ARTIFACTS, default a temp dir) so they never
# overwrite the bin/obj folders a concurrent `dotnet build`/`dotnet test` of the repository uses.
set -euo pipefail

if [ $# -lt 2 ]; then
  sed -n '5,7p' "$0" >&2
  exit 2
fi
repo="$(cd "$(dirname "$0")/.." && pwd)"
gold="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
articles="$(cd "$2" && pwd)"
score_py="${3:-${SCORE_PY:-$repo/../shared/score.py}}"
work="$(mktemp -d)"
artifacts="${KB_ARTIFACTS:-$work/artifacts}"
trap 'rm -rf "$work"' EXIT

# The file names with a gold entry, in the gold file's order.
python3 - "$gold" > "$work/files" <<'PY'
import json, sys
for a in json.load(open(sys.argv[1], encoding="utf-8"))["articles"]:
    print(a["file"].replace("\\", "/").rsplit("/", 1)[-1])
PY

# The last three columns count what the gold entry holds (entities, quotes, events): a 0.000
# against an empty gold list means only that the export found something the gold does not list.
printf '%-58s %7s %7s %7s %7s %7s %7s %4s %4s %4s\n' article entF1 alias quoteF1 speaker eventF1 dateAcc gEnt gQ gEv
while IFS= read -r file; do
  [ -f "$articles/$file" ] || continue
  rm -rf "$work/one" && mkdir "$work/one" && cp "$articles/$file" "$work/one/"
  # This article's gold entry alone, so recall is measured against what the article says.
  python3 - "$gold" "$file" > "$work/gold.json" <<'PY'
import json, sys
gold = json.load(open(sys.argv[1], encoding="utf-8"))
gold["articles"] = [a for a in gold["articles"] if a["file"].replace("\\", "/").rsplit("/", 1)[-1] == sys.argv[2]]
json.dump(gold, sys.stdout)
PY
  dotnet build "$repo/src/KnowledgeBase.Cli" --nologo -v q --artifacts-path "$artifacts" \
    "--property:KnowledgeBaseSeeds=$work/one/" > "$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
  dotnet "$artifacts/bin/KnowledgeBase.Cli/debug/kb.dll" export > "$work/export.json"
  python3 "$score_py" "$work/gold.json" "$work/export.json" > "$work/score.txt"
  python3 - "$work/score.txt" "$file" "$work/gold.json" <<'PY'
import json, sys
art = json.load(open(sys.argv[3], encoding="utf-8"))["articles"][0]
counts = [len(art.get(k, [])) for k in ("entities", "quotes", "events")]
m = dict(line.split(": ", 1) for line in open(sys.argv[1]).read().splitlines() if not line.startswith("summary"))
cols = ["entity_f1", "alias_recall", "quote_f1", "speaker_accuracy", "event_f1", "event_date_accuracy"]
print("%-58s " % sys.argv[2][:58] + " ".join("%7s" % m[c] for c in cols) + "".join(" %4d" % n for n in counts))
PY
done < "$work/files"
