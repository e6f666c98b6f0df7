#!/usr/bin/env bash
# Memory soak of a CPU training run: trains the default composition for MINUTES minutes and samples the process's
# resident memory every INTERVAL seconds. Prints a table and the spread after warm-up (the first quarter of samples).
# The replay is bounded (SOAK_CAPACITY agent steps, default 3000) so that it is full before warm-up ends: a replay that
# still grows would show up as drift that is data, not a leak. Further arguments go to `dreamer train`.
# Usage: scripts/soak.sh [MINUTES=25] [INTERVAL=10] [TRAIN ARGS...]
set -euo pipefail
minutes=${1:-25}
interval=${2:-10}
shift $(( $# < 2 ? $# : 2 ))
capacity=${SOAK_CAPACITY:-3000}
root=$(cd "$(dirname "$0")/.." && pwd)
run=$(mktemp -d /tmp/dreamer-soak-XXXXXX)
dotnet build "$root/Dreamer.Host" -c Release -v quiet -nologo >/dev/null
bin=$root/Dreamer.Host/bin/Release/net10.0
(cd "$root" && exec dotnet "$bin/dreamer.dll" train --run-dir "$run/run" --set training.steps=100000000 \
  --set "replay.capacity=$capacity" "$@" >"$run/train.log" 2>&1) &
sleep 2
pid=$(pgrep -f "dreamer.dll train --run-dir $run/run" | head -n 1)
echo "soak: pid $pid, run folder $run/run, ${minutes} min, a sample every ${interval} s, replay capacity $capacity steps"
samples=$(( minutes * 60 / interval ))
for i in $(seq 1 "$samples"); do
  sleep "$interval"
  rss=$(awk '/VmRSS/ { print $2 }' "/proc/$pid/status")
  step=$(grep -o '"step": [0-9]*' "$run/run/status.json" 2>/dev/null | grep -o '[0-9]*' || echo 0)
  updates=$(grep -o '"updates": [0-9]*' "$run/run/status.json" 2>/dev/null | grep -o '[0-9]*' || echo 0)
  echo "$(( i * interval )) s  step $step  updates $updates  rss $(( rss / 1024 )) MiB" | tee -a "$run/rss.txt"
done
# SIGTERM, not SIGINT: a background job of a non-interactive shell ignores SIGINT. The trainer turns SIGTERM into a
# clean stop with a checkpoint.
kill -TERM "$pid" 2>/dev/null || true
for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
kill -KILL "$pid" 2>/dev/null || true
wait || true
sort_after_warmup() { awk -v warm="$1" 'NR >= warm { print $8 }' "$run/rss.txt" | sort -n; }
n=$(wc -l <"$run/rss.txt")
warm=$(( n / 4 + 1 ))
median=$(sort_after_warmup "$warm" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
awk -v warm="$warm" -v median="$median" '{ v[NR] = $8 } END {
  n = NR; min = 1e12; max = 0
  for (i = warm; i <= n; i++) { if (v[i] < min) min = v[i]; if (v[i] > max) max = v[i] }
  q = int((n - warm + 1) / 4); first = 0; last = 0
  for (i = warm; i < warm + q; i++) first += v[i]
  for (i = n - q + 1; i <= n; i++) last += v[i]
  printf "after warm-up (sample %d of %d on): median %d MiB, min %d (%+.1f%%), max %d (%+.1f%%); mean of the last quarter %+.1f%% over the first\n",
    warm, n, median, min, 100 * (min - median) / median, max, 100 * (max - median) / median, 100 * (last - first) / first
}' "$run/rss.txt"
