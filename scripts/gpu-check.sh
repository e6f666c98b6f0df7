#!/usr/bin/env bash
# Runs the GPU checks from an unpacked bundle (scripts/gpu-bundle.sh) on a machine with an NVIDIA GPU and PyTorch but
# no .NET: the CUDA test subset, the `update` benchmark against the PyTorch reference implementation
# (scripts/pytorch/dreamer_update.py) in alternating rounds, and a short training run. Everything lands in $OUT
# (default ./gpu-results) as at most 8 files, the most the device tool brings back:
#   environment.txt      GPU, driver, PyTorch, libtorch folder, bundle commit
#   tests.log            the device tests on CUDA (DREAMER_TEST_DEVICE=cuda)
#   benchmarks.log       every benchmark run's output, in the order run
#   gpu-samples.csv      nvidia-smi samples (utilization, memory) taken during each benchmark run
#   train.log            the training run's output
#   train-metrics.jsonl  the training run's metrics.jsonl
#   summary.json         every benchmark report (Dreamer and PyTorch, each round), test counts, step exit codes
#   summary.txt          the same as a short table
# Steps can be run separately (--steps), so each call fits the device tool's 10-minute command limit.
set -euo pipefail

usage() {
  cat <<'USAGE'
usage: scripts/gpu-check.sh [--steps tests,bench,train] [--sizes 16x50,50x50] [--rounds 3] [--warmup 10]
                            [--updates 50] [--train-seconds 240] [--out DIR]

  --steps LIST         which steps to run, comma-separated: tests, bench, train (default: all three)
  --sizes LIST         benchmark sizes BxL (default: 16x50,50x50)
  --rounds N           alternating Dreamer / PyTorch rounds per size (default: 3)
  --warmup N           untimed updates before the timed ones (default: 10)
  --updates N          timed updates per run (default: 50)
  --train-seconds N    wall-clock limit of the training run; it is stopped with SIGINT, which checkpoints (default: 240)
  --out DIR            where results go (default: $OUT, else ./gpu-results)

Environment: PYTHON (default python3) must import torch; its torch/lib is the libtorch Dreamer uses.
USAGE
}

bundle=$(cd "$(dirname "$0")/.." && pwd)
steps=tests,bench,train
sizes=16x50,50x50
rounds=3
warmup=10
updates=50
train_seconds=240
out=${OUT:-$PWD/gpu-results}
python=${PYTHON:-python3}

while [ $# -gt 0 ]; do
  case "$1" in
    --steps) steps=$2; shift 2 ;;
    --sizes) sizes=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --updates) updates=$2; shift 2 ;;
    --train-seconds) train_seconds=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "gpu-check: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/gpu-check.XXXXXX")   # per-run JSON files and the run folder; summarized into $out
has_step() { [[ ",$steps," == *",$1,"* ]]; }
status_file="$work/status.tsv"                          # step name, exit code
: > "$status_file"
record() { printf '%s\t%s\n' "$1" "$2" >> "$status_file"; }

# The machine's PyTorch provides libtorch (and the CUDA libraries it finds through its own RUNPATH).
torch_dir=$("$python" -c 'import torch, os; print(os.path.dirname(torch.__file__))')
export DREAMER_LIBTORCH="$torch_dir/lib"
export LD_LIBRARY_PATH="$DREAMER_LIBTORCH${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "bundle commit: $(cat "$bundle/COMMIT" 2>/dev/null || echo unknown)"
  echo "libtorch folder: $DREAMER_LIBTORCH"
  "$python" -c 'import torch; print("torch", torch.__version__, "cuda", torch.version.cuda, "available", torch.cuda.is_available(),
      "device", torch.cuda.get_device_name(0) if torch.cuda.is_available() else "-")' || echo "torch import failed"
  echo "cpu cores: $(nproc)"
  nvidia-smi || echo "nvidia-smi failed"
} > "$out/environment.txt" 2>&1
cat "$out/environment.txt"

# Runs a command with nvidia-smi sampling the GPU every 200 ms into gpu-samples.csv, tagged with a run name.
sampled() {
  local name=$1; shift
  local samples="$work/smi-$name.csv" sampler=""
  if command -v nvidia-smi > /dev/null; then
    nvidia-smi --query-gpu=timestamp,utilization.gpu,memory.used --format=csv,noheader,nounits -lms 200 > "$samples" 2>/dev/null &
    sampler=$!
  fi
  local code=0
  "$@" || code=$?
  if [ -n "$sampler" ]; then
    kill "$sampler" 2>/dev/null || true
    wait "$sampler" 2>/dev/null || true
    sed "s/^/$name, /" "$samples" >> "$out/gpu-samples.csv"
  fi
  return "$code"
}

if has_step tests; then
  echo "== device tests on CUDA"
  code=0
  DREAMER_TEST_DEVICE=cuda "$bundle/device-tests/Dreamer.Device.Tests" -noColor -showLiveOutput > "$out/tests.log" 2>&1 || code=$?
  tail -n 5 "$out/tests.log"
  record tests "$code"
fi

if has_step bench; then
  echo "== benchmarks: sizes $sizes, $rounds rounds, $warmup warm-up + $updates timed updates"
  IFS=, read -r -a size_list <<< "$sizes"
  for size in "${size_list[@]}"; do
    batch=${size%x*}
    length=${size#*x}
    for round in $(seq 1 "$rounds"); do
      name="dreamer-${batch}x${length}-r$round"
      echo "-- $name" | tee -a "$out/benchmarks.log"
      code=0
      sampled "$name" "$bundle/benchmarks/Dreamer.Benchmarks" update --device cuda --batch "$batch" --length "$length" \
        --warmup "$warmup" --updates "$updates" --json "$work/$name.json" >> "$out/benchmarks.log" 2>&1 || code=$?
      record "$name" "$code"
      name="pytorch-${batch}x${length}-r$round"
      echo "-- $name" | tee -a "$out/benchmarks.log"
      code=0
      if [ -f "$bundle/scripts/pytorch/dreamer_update.py" ]; then
        sampled "$name" "$python" "$bundle/scripts/pytorch/dreamer_update.py" --device cuda --batch "$batch" --length "$length" \
          --warmup "$warmup" --updates "$updates" --json "$work/$name.json" >> "$out/benchmarks.log" 2>&1 || code=$?
      else
        echo "scripts/pytorch/dreamer_update.py is not in the bundle" >> "$out/benchmarks.log"
        code=127
      fi
      record "$name" "$code"
    done
  done
fi

if has_step train; then
  echo "== training run on CUDA, at most $train_seconds s"
  code=0
  # The Atari preset with a short prefill so updates start within the time limit; SIGINT stops it with a checkpoint.
  timeout -s INT "$train_seconds" "$bundle/dreamer/dreamer" train "$bundle/compositions/atari.yaml" --device cuda \
    --run-dir "$work/train" --set training.steps=1000000 --set training.prefill=5000 --set training.log_every=1000 \
    --set training.eval_every=1000000 --set training.checkpoint_every=1000000 > "$out/train.log" 2>&1 || code=$?
  # 124: stopped at the time limit, as intended.
  if [ "$code" -eq 124 ]; then code=0; echo "stopped after $train_seconds s (as intended)" >> "$out/train.log"; fi
  tail -n 5 "$out/train.log"
  if [ -f "$work/train/metrics.jsonl" ]; then cp "$work/train/metrics.jsonl" "$out/train-metrics.jsonl"; fi
  record train "$code"
fi

# One summary of everything: benchmark reports as written, GPU samples per run, test counts, exit codes.
"$python" - "$work" "$out" <<'PY'
import csv, glob, json, os, re, statistics, sys
work, out = sys.argv[1], sys.argv[2]
status = [line.rstrip("\n").split("\t") for line in open(os.path.join(work, "status.tsv")) if line.strip()]
reports = {}
for path in sorted(glob.glob(os.path.join(work, "*.json"))):
    with open(path) as handle:
        reports[os.path.basename(path)[:-5]] = json.load(handle)
samples = {}
samples_path = os.path.join(out, "gpu-samples.csv")
if os.path.exists(samples_path):
    for row in csv.reader(open(samples_path)):
        if len(row) >= 4:
            try:
                samples.setdefault(row[0].strip(), []).append((float(row[2]), float(row[3])))
            except ValueError:
                pass
gpu = {name: {"utilization_mean_percent": statistics.mean(u for u, _ in rows),
              "memory_used_max_mib": max(m for _, m in rows), "samples": len(rows)} for name, rows in samples.items()}
tests = None
tests_log = os.path.join(out, "tests.log")
if os.path.exists(tests_log):
    match = re.findall(r"Total: (\d+), Errors: (\d+), Failed: (\d+), Skipped: (\d+)", open(tests_log).read())
    if match:
        total, errors, failed, skipped = map(int, match[-1])
        tests = {"total": total, "errors": errors, "failed": failed, "skipped": skipped}

def wall(report):
    """Median and p90 of the wall time per update in ms, from either report format."""
    for key in ("wall_ms", "timings_ms", "update_ms"):
        if isinstance(report.get(key), dict):
            return report[key].get("median"), report[key].get("p90")
    return report.get("median_ms"), report.get("p90_ms")

# Peak memory and what it counts: Dreamer's benchmarks read the whole device through NVML; the PyTorch script
# reports torch.cuda.max_memory_allocated (live tensors only, less than the device use).
MEMORY_KEYS = {"gpu_memory_peak_bytes": "device, NVML", "peak_cuda_memory_bytes": "torch allocated"}

def memory(report):
    for key, label in MEMORY_KEYS.items():
        if report.get(key) is not None:
            return label, report[key]
    return None, None

summary = {"steps": [{"step": s, "exit_code": int(c)} for s, c in status], "tests": tests,
           "benchmarks": reports, "gpu_samples": gpu}
json.dump(summary, open(os.path.join(out, "summary.json"), "w"), indent=2)
lines = ["step exit codes: " + ", ".join(f"{s}={c}" for s, c in status)]
if tests:
    lines.append(f"device tests: {tests['total']} total, {tests['failed']} failed, {tests['errors']} errors, {tests['skipped']} skipped")
lines.append(f"{'run':<22} {'median ms':>10} {'p90 ms':>10} {'peak memory':>28} {'GPU util %':>10}")
for name, report in reports.items():
    median, p90 = wall(report)
    key, value = memory(report)
    peak = f"{value / 2**20:.0f} MiB ({key})" if value is not None else "-"
    util = gpu.get(name, {}).get("utilization_mean_percent")
    fmt = lambda x: f"{x:.1f}" if isinstance(x, (int, float)) else "-"
    lines.append(f"{name:<22} {fmt(median):>10} {fmt(p90):>10} {peak:>28} {fmt(util):>10}")
open(os.path.join(out, "summary.txt"), "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY

failures=$(awk -F'\t' '$2 != 0 { print $1 }' "$status_file" | paste -sd, -)
rm -rf "$work"
if [ -n "$failures" ]; then
  echo "gpu-check: steps that failed: $failures (results in $out)" >&2
  exit 1
fi
echo "gpu-check: all steps passed; results in $out"
