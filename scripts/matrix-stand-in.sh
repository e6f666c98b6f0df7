#!/usr/bin/env bash
# A stand-in for `dreamer train` / `dreamer resume` that honours the run-folder contract of docs/ablations.md
# (metrics.jsonl lines with "return/eval", status.json) in a fraction of a second. Used by the matrix tests and by
# scripts/slurm-test.sh; training itself is too slow for CI.
#   matrix-stand-in.sh train BASE --run-dir DIR [--set path=value]...
#   matrix-stand-in.sh resume DIR
# Options read from --set: training.steps (default 100), training.seed (default 0), stand_in.gain (default 1;
# eval return at step s is gain * 10 * s / steps + seed), stand_in.fail (true: print an error and exit 3).
set -euo pipefail
invocation="$*"
verb=${1:?train or resume}; shift
steps=100 seed=0 gain=1 fail=false dir=
case "$verb" in
  train)
    shift # the base composition
    while [ $# -gt 0 ]; do
      case "$1" in
        --run-dir) dir=$2; shift 2 ;;
        --set)
          case "$2" in
            training.steps=*) steps=${2#*=} ;;
            training.seed=*) seed=${2#*=} ;;
            stand_in.gain=*) gain=${2#*=} ;;
            stand_in.fail=*) fail=${2#*=} ;;
          esac
          shift 2 ;;
        *) echo "stand-in: unexpected argument $1" >&2; exit 2 ;;
      esac
    done ;;
  resume)
    dir=${1:?run folder}
    steps=$(sed -n 's/.*"steps": *\([0-9]*\).*/\1/p' "$dir/status.json" | head -1) ;;
  *) echo "stand-in: unknown verb $verb" >&2; exit 2 ;;
esac
mkdir -p "$dir"
echo "$invocation" >> "$dir/invocations.log"
write_status() { # state step last_return message
  printf '{"state": "%s", "step": %s, "steps": %s, "updates": %s, "last_return": %s, "message": "%s"}\n' \
    "$1" "$2" "$steps" "$(( $2 / 10 ))" "$3" "$4" > "$dir/status.json.tmp"
  mv "$dir/status.json.tmp" "$dir/status.json"
}
write_status running 0 null "stand-in started"
if [ "$fail" = true ]; then
  echo "stand-in: diverged at step 0 (stand_in.fail=true)" >&2
  exit 3
fi
value=0
for quarter in 1 2 3 4; do
  step=$(( steps * quarter / 4 ))
  value=$(awk -v g="$gain" -v s="$step" -v n="$steps" -v seed="$seed" 'BEGIN { printf "%.6g", g * 10 * s / n + seed }')
  printf '{"step": %s, "return/eval": %s, "return/train": %s}\n' "$step" "$value" "$value" >> "$dir/metrics.jsonl"
done
echo "stand-in: trained $steps steps"
write_status finished "$steps" "$value" "done"
