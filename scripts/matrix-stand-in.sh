#!/usr/bin/env bash
# A stand-in for `dreamer train` / `dreamer resume` that honours the run-folder contract of docs/ablations.md
# (metrics.jsonl lines with "return/eval", status.json, checkpoints/latest, a clean stop on a signal) in a fraction
# of a second. Used by the matrix tests; training itself is too slow for CI.
#   matrix-stand-in.sh train BASE --run-dir DIR [--set path=value]...
#   matrix-stand-in.sh resume DIR
# Options read from --set: training.steps (default 100), training.seed (default 0), stand_in.gain (default 1;
# eval return at step s is gain * 10 * s / steps + seed), stand_in.fail (true: print an error and exit 3),
# stand_in.episodes (default 4): episodes of steps/episodes steps, each taking stand_in.seconds (default 0).
# After each episode it appends a line to DIR/episodes.log and one to metrics.jsonl, then checkpoints:
# DIR/checkpoints/ckpt-N/progress holds the N episodes done and checkpoints/latest names it. SIGTERM, SIGINT and
# SIGUSR1 stop it after the current episode with status "stopped" and exit code 0. `train` keeps its options in
# DIR/stand-in.conf; `resume` continues from the latest checkpoint with them (a folder without them: the steps of
# status.json and the defaults, from episode 0).
set -euo pipefail
invocation="$*"
verb=${1:?train or resume}; shift
steps=100 seed=0 gain=1 fail=false episodes=4 seconds=0 dir=
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
            stand_in.episodes=*) episodes=${2#*=} ;;
            stand_in.seconds=*) seconds=${2#*=} ;;
          esac
          shift 2 ;;
        *) echo "stand-in: unexpected argument $1" >&2; exit 2 ;;
      esac
    done
    mkdir -p "$dir"
    printf 'steps=%s\nseed=%s\ngain=%s\nfail=%s\nepisodes=%s\nseconds=%s\n' "$steps" "$seed" "$gain" "$fail" "$episodes" "$seconds" \
      > "$dir/stand-in.conf" ;;
  resume)
    dir=${1:?run folder}
    if [ -f "$dir/stand-in.conf" ]; then
      while IFS='=' read -r key value; do
        case "$key" in steps | seed | gain | fail | episodes | seconds) printf -v "$key" '%s' "$value" ;; esac
      done < "$dir/stand-in.conf"
    else
      steps=$(sed -n 's/.*"steps": *\([0-9]*\).*/\1/p' "$dir/status.json" | head -1)
    fi ;;
  *) echo "stand-in: unknown verb $verb" >&2; exit 2 ;;
esac
mkdir -p "$dir"
echo "$invocation" >> "$dir/invocations.log"
stop=false
trap 'stop=true' TERM INT USR1

write_status() { # state step last_return message
  printf '{"state": "%s", "step": %s, "steps": %s, "updates": %s, "last_return": %s, "message": "%s"}\n' \
    "$1" "$2" "$steps" "$(( $2 / 10 ))" "$3" "$4" > "$dir/status.json.tmp"
  mv "$dir/status.json.tmp" "$dir/status.json"
}
checkpoint() { # episodes done; named as dreamer names checkpoints (ckpt- and nine digits)
  local name
  name=$(printf 'ckpt-%09d' "$1")
  mkdir -p "$dir/checkpoints/$name"
  echo "$1" > "$dir/checkpoints/$name/progress"
  echo "$name" > "$dir/checkpoints/latest.tmp"
  mv "$dir/checkpoints/latest.tmp" "$dir/checkpoints/latest"
}
eval_return() { # step
  awk -v g="$gain" -v s="$1" -v n="$steps" -v seed="$seed" 'BEGIN { printf "%.6g", g * 10 * s / n + seed }'
}

done_episodes=0
latest=$(cat "$dir/checkpoints/latest" 2>/dev/null || true)
if [ "$verb" = resume ] && [ -n "$latest" ] && [ -f "$dir/checkpoints/$latest/progress" ]; then
  done_episodes=$(cat "$dir/checkpoints/$latest/progress")
fi
step=$(( steps * done_episodes / episodes ))
value=null
[ "$done_episodes" -eq 0 ] || value=$(eval_return "$step")
echo "stand-in: $verb at episode $done_episodes of $episodes (SLURM_RESTART_COUNT=${SLURM_RESTART_COUNT:-unset}, OMP_NUM_THREADS=${OMP_NUM_THREADS:-unset})"
write_status running "$step" "$value" "stand-in started"
if [ "$fail" = true ]; then
  echo "stand-in: diverged at step $step (stand_in.fail=true)" >&2
  exit 3
fi
for (( episode = done_episodes + 1; episode <= episodes; episode++ )); do
  if [ "$stop" = true ]; then
    write_status stopped "$step" "$value" "stopped on request; continue with dreamer resume"
    echo "stand-in: stopped on request after episode $(( episode - 1 )) of $episodes"
    exit 0
  fi
  [ "$seconds" = 0 ] || sleep "$seconds"
  step=$(( steps * episode / episodes ))
  value=$(eval_return "$step")
  printf '{"step": %s, "return/eval": %s, "return/train": %s}\n' "$step" "$value" "$value" >> "$dir/metrics.jsonl"
  echo "$episode $step $$" >> "$dir/episodes.log"
  checkpoint "$episode"
  write_status running "$step" "$value" "training"
done
echo "stand-in: trained $steps steps"
write_status finished "$steps" "$value" "done"
