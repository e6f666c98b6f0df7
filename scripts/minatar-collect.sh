#!/usr/bin/env bash
# Collects the finished cells of the MinAtar study into docs/results/minatar/runs: evaluates each checkpoint the cell
# kept (25k, 50k, 100k agent steps) greedily over 100 episodes, 2 in each of 50 environments stepped together, when the
# cell has no evaluation of it yet (dreamer eval --step writes RUN/eval/step-S.json) and measures its world model open loop (dreamer openloop --step writes
# RUN/eval/openloop-step-S.json), then copies resolved.yaml, metrics.jsonl, status.json, plots/, eval/ and the
# world model's open-loop GIF of the last evaluation (videos/open-loop-STEP.gif, as open-loop-final.gif), and
# records the machine it ran on in machine.json (runs train and are collected on the same machine; an existing
# machine.json is kept). Episodes and checkpoints stay in the run folder.
#   scripts/minatar-collect.sh [MATRIX_DIR] [RESULTS_DIR]     (defaults: runs/minatar docs/results/minatar/runs)
# Any matrix of MinAtar cells works (its cells are VARIANT/seed=N folders). DREAMER names the dreamer command (default:
# dotnet Dreamer.Host/bin/Release/net10.0/dreamer.dll); PARALLEL is the number of cells the matrix ran at once,
# recorded with the machine (default 2); MACHINE=0 writes no machine.json (for cells trained on another machine).
set -euo pipefail
matrix=${1:-runs/minatar}
results=${2:-docs/results/minatar/runs}
read -r -a dreamer <<< "${DREAMER:-dotnet Dreamer.Host/bin/Release/net10.0/dreamer.dll}"
parallel=${PARALLEL:-2}
record_machine=${MACHINE:-1}
[ -d "$matrix" ] || { echo "error: $matrix is not a matrix folder (run dreamer matrix run compositions/studies/minatar.yaml first)" >&2; exit 2; }

machine_json() {
  local cpu cores memory
  cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
  cores=$(nproc)
  memory=$(awk '/MemTotal/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)
  printf '{\n  "cpu": "%s",\n  "cores": %s,\n  "memory_gib": %s,\n  "gpu": null,\n  "cells_at_once": %s,\n  "os": "%s"\n}\n' \
    "$cpu" "$cores" "$memory" "$parallel" "$(. /etc/os-release && echo "$PRETTY_NAME")"
}

collected=0
for status in "$matrix"/*/seed=*/status.json; do
  [ -f "$status" ] || continue
  cell=$(dirname "$status")
  name=${cell#"$matrix"/}
  grep -q '"state": "finished"' "$status" || { echo "skipped $name: not finished"; continue; }
  for step in $(ls "$cell/checkpoints/kept" 2>/dev/null | sed -n 's/^step-0*\([0-9][0-9]*\)$/\1/p'); do
    [ -f "$cell/eval/step-$step.json" ] || "${dreamer[@]}" eval "$cell" --step "$step" --episodes 100 --envs 50 --threads 1 > /dev/null
    [ -f "$cell/eval/openloop-step-$step.json" ] || "${dreamer[@]}" openloop "$cell" --step "$step" --threads 1 > /dev/null
  done
  mkdir -p "$results/$name"
  cp "$cell/resolved.yaml" "$cell/metrics.jsonl" "$cell/status.json" "$results/$name/"
  for folder in plots eval; do
    [ -d "$cell/$folder" ] && { rm -rf "${results:?}/$name/$folder"; cp -r "$cell/$folder" "$results/$name/$folder"; }
  done
  final_gif=$(ls "$cell"/videos/open-loop-*.gif 2>/dev/null | sort | tail -1 || true)
  [ -z "$final_gif" ] || cp "$final_gif" "$results/$name/open-loop-final.gif"
  [ "$record_machine" = 0 ] || [ -f "$results/$name/machine.json" ] || machine_json > "$results/$name/machine.json"
  echo "collected $name: $(ls "$results/$name/eval" 2>/dev/null | tr '\n' ' ')"
  collected=$((collected + 1))
done
echo "$collected finished cells in $results"
