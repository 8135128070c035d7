#!/usr/bin/env bash
# Our clean build against Hugo's on the shared anchor corpus (../shared/bench/gen_corpus.py), in one
# run, interleaved (hugo, ours, hugo, ours, ...) so that both see the same machine load.
#
# Usage: bench/compare-hugo.sh [N] [RUNS]      default N=10000, RUNS=5 (after one untimed warm-up each)
#   SHARED_BENCH=DIR   the anchor folder (default: ../shared/bench beside the repository)
#   WORK=DIR           corpus and tmpfs outputs (default: /dev/shm/trackside-compare)
#   DISK=DIR           outputs on the normal disk (default: /var/tmp/trackside-compare)
# Needs: hugo (apt-get install hugo), /usr/bin/time (apt-get install time), python3.
# Prints one row per tool and output place: median wall s, median CPU s (user + system), median system s,
# median peak RSS MB, pages. On disk, system time is where the file system's state shows (see the README).
set -euo pipefail
N=${1:-10000}
RUNS=${2:-5}
REPO=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED_BENCH:-$REPO/../shared/bench}
WORK=${WORK:-/dev/shm/trackside-compare}
DISK=${DISK:-/var/tmp/trackside-compare}

command -v hugo >/dev/null || { echo "hugo not found: apt-get install hugo" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time not found: apt-get install time" >&2; exit 2; }
[ -f "$SHARED/gen_corpus.py" ] || { echo "no $SHARED/gen_corpus.py: set SHARED_BENCH" >&2; exit 2; }

dotnet build "$REPO/generator" -c Release -v quiet -nologo >/dev/null
TRACKSIDE="$REPO/generator/bin/Release/net10.0/trackside"

mkdir -p "$WORK" "$DISK"
CORPUS="$WORK/corpus-$N"
[ -d "$CORPUS/ours" ] || python3 "$SHARED/gen_corpus.py" "$N" "$CORPUS" >/dev/null
ROWS=$(mktemp)

# run TOOL PLACE OUT RUN CMD...: a clean build (the rm is timed too), one TSV row unless RUN is 0.
run() {
  local tool=$1 place=$2 out=$3 i=$4; shift 4
  local report t0 t1
  report=$(mktemp)
  t0=$(date +%s.%N)
  rm -rf "$out"
  /usr/bin/time -v -o "$report" "$@" >/dev/null 2>"$report.err" || { cat "$report.err" >&2; exit 1; }
  t1=$(date +%s.%N)
  if [ "$i" -gt 0 ]; then
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$place" \
      "$(echo "$t1 - $t0" | bc)" \
      "$(awk -F': ' '/User time/{u=$2} /System time/{s=$2} END{print u+s}' "$report")" \
      "$(awk -F': ' '/System time/{print $2}' "$report")" \
      "$(awk -F': ' '/Maximum resident set size/{print int($2/1024)}' "$report")" \
      "$(find "$out" -name '*.html' | wc -l)" >> "$ROWS"
  fi
  rm -f "$report" "$report.err"
}

echo "N=$N, $RUNS timed runs each; $(nproc) cores; $(hugo version | awk '{print $1, $2}'); load before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for i in $(seq 0 "$RUNS"); do
  for place in tmpfs disk; do
    base=$WORK; [ "$place" = disk ] && base=$DISK
    run hugo "$place" "$base/out-hugo" "$i" hugo --quiet -s "$CORPUS/hugo" -d "$base/out-hugo"
    run trackside "$place" "$base/out-ours" "$i" "$TRACKSIDE" build --source "$CORPUS/ours" --output "$base/out-ours"
  done
done

printf 'tool\toutput\twall_s\tcpu_s\tsys_s\tpeak_rss_MB\tpages\n'
sort "$ROWS" | awk -F'\t' '
  function median(list,   a, n, i, j, t) {
    n = split(list, a, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  { k = $1 "\t" $2; wall[k] = wall[k] " " $3; cpu[k] = cpu[k] " " $4; sys[k] = sys[k] " " $5; rss[k] = rss[k] " " $6; pages[k] = $7 }
  END { for (k in wall) printf "%s\t%.2f\t%.2f\t%.2f\t%d\t%d\n", k, median(wall[k]), median(cpu[k]), median(sys[k]), median(rss[k]), pages[k] }' | sort
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
rm -f "$ROWS"
