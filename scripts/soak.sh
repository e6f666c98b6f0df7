#!/usr/bin/env bash
# Memory soak of a CPU training run: trains the default composition for MINUTES minutes and samples the process's
# resident memory every INTERVAL seconds. Prints a table and the spread after warm-up (the first quarter of samples).
# The replay is bounded (SOAK_CAPACITY agent steps, default 3000) so that it is full before warm-up ends: a replay that
# still grows would show up as drift that is data, not a leak. Further arguments go to `dreamer train`.
# Usage: scripts/soak.sh [MINUTES=25] [INTERVAL=30] [TRAIN ARGS...]
set -euo pipefail
minutes=${1:-25}
interval=${2:-30}
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
awk '{ v[NR] = $8 } END {
  n = NR; warm = int(n / 4) + 1; min = 1e12; max = 0
  for (i = warm; i <= n; i++) { if (v[i] < min) min = v[i]; if (v[i] > max) max = v[i] }
  printf "after warm-up (sample %d of %d on): min %d MiB, max %d MiB, spread %.1f%%; first %d MiB, last %d MiB, drift %+.1f%%\n",
    warm, n, min, max, 100 * (max - min) / min, v[warm], v[n], 100 * (v[n] - v[warm]) / v[warm]
}' "$run/rss.txt"
