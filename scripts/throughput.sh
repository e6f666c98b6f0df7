#!/usr/bin/env bash
# Training throughput of a composition on this machine: trains STEPS agent steps (default 3,000: prefill 500 and
# pretrain 10, then one update per train_every agent steps as the composition sets it; no evaluation) with the dreamer
# build in BIN (default: this tree's Release build, built first) and prints the agent steps/s and the mean update time
# over the log intervals after the first full training interval, where the speed is steady. Further arguments go to
# `dreamer train` (e.g. a composition file, --threads N, --set key=value).
# Usage: scripts/throughput.sh [--bin DIR] [--steps N] [--log-every N] [TRAIN ARGS...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=""
steps=3000
log_every=250
prefill=500
while [[ $# -gt 0 ]]; do
  case "$1" in
    --bin) bin=$2; shift 2 ;;
    --steps) steps=$2; shift 2 ;;
    --log-every) log_every=$2; shift 2 ;;
    --prefill) prefill=$2; shift 2 ;;
    *) break ;;
  esac
done
if [[ -z "$bin" ]]; then
  dotnet build "$root/Dreamer.Host" -c Release -v quiet -nologo >/dev/null
  bin=$root/Dreamer.Host/bin/Release/net10.0
fi
run=$(mktemp -d /tmp/dreamer-throughput-XXXXXX)
start=$(date +%s.%N)
(cd "$root" && dotnet "$bin/dreamer.dll" train --run-dir "$run/run" "$@" --set "training.steps=$steps" \
  --set "training.prefill=$prefill" --set training.pretrain=10 --set "training.log_every=$log_every" \
  --set training.eval_every=100000000 >"$run/train.log" 2>&1) || { tail -n 20 "$run/train.log"; exit 1; }
end=$(date +%s.%N)
/usr/bin/python3 - "$run/run/metrics.jsonl" "$prefill" "$log_every" "$start" "$end" "$(cat /proc/loadavg)" <<'PY'
import json, sys
path, prefill, every, start, end, load = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]), sys.argv[6]
rows = [r for r in map(json.loads, open(path)) if "fps/env" in r and r["step"] >= prefill + 2 * every]
steps = seconds = updates = update_ms = 0.0
for r in rows:
    interval = every / r["fps/env"]
    steps += every; seconds += interval
    n = r["fps/update"] * interval
    updates += n; update_ms += r.get("time/update_ms", 0) * n
print(f"agent steps/s {steps / seconds:.2f}  update {update_ms / max(updates, 1):.0f} ms  "
      f"({len(rows)} intervals, {steps:.0f} steps, {updates:.0f} updates, {seconds:.0f} s; whole run {end - start:.0f} s; load after: {load.split()[0]} {load.split()[1]})")
PY
rm -rf "$run"
