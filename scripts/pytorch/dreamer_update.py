#!/usr/bin/env python3
"""Times ONE full DreamerV2 update in PyTorch, the same model, losses and timing as the C# `update` benchmark
(benchmarks/Dreamer.Benchmarks/FullUpdateBenchmark.cs), for a side-by-side speed comparison.

One update (dreamerv2.md §1 step 4): world-model loss, backward, global-norm clip, weight decay, Adam; imagination
from all B·L posterior states (H steps with the updated weights); λ-returns with the slow critic; REINFORCE actor loss
with the entropy bonus; critic loss; actor step; critic step; critic → slow critic copy every 100 updates. The code is
scripts/pytorch/dreamer_torch.py, the same code that scripts/reference/*_reference.py run to produce the values the C#
tests compare against; `--check` reruns those references against their recorded JSON.

Timing as UpdateTimer.cs: `--warmup` untimed updates, then `--updates` timed ones; each update reads the model loss on
the host after the world-model part and the actor loss after the behavior part (so the wall time covers all the work
queued on the device). Data as AtariAgent.RandomBatch: random uint8 64×64×1 images, one-hot actions, normal rewards,
is_first on the first row, no terminals. float32 throughout; parameters Glorot-uniform as in the C# code.

Runs with Debian's PyTorch 1.13 (/usr/bin/python3; `apt-get install -y python3-torch`) and with PyTorch 2.x; needs
only torch. Examples:
  /usr/bin/python3 scripts/pytorch/dreamer_update.py --check
  /usr/bin/python3 scripts/pytorch/dreamer_update.py --preset default --threads 2 --warmup 3 --updates 20
  python3 scripts/pytorch/dreamer_update.py --device cuda --preset atari --warmup 2 --updates 20 --json cuda.json

Presets: atari = compositions/atari.yaml with A = 18 (as AtariAgent.cs; B = 16, L = 50, H = 15);
default = compositions/default.yaml over atari.yaml (depth 8, 16×16 latents, deter = hidden = 200, heads, actor and
critic 2×200, A = 3, B = 16, L = 16, H = 15). --batch/--length/--horizon/--actions override the preset.
TF32: TorchSharp leaves libtorch's defaults (cuBLAS matmul TF32 off, cuDNN convolution TF32 on) and the C# code does
not change them; --tf32 (matmul, default off) and --cudnn-tf32 (default on) set both explicitly to those defaults.
"""
import argparse
import json
import os
import sys
import time

import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
from dreamer_torch import (ActorCritic, DreamerOptimizer, Mlp, WorldModel, glorot_uniform,  # noqa: E402
                           one_hot_distribution, starts_from, train_world_model, world_model_optimizer)

ATARI = dict(
    # world model (WorldModel / reference CONFIG keys)
    channels=1, image=64, depth=48, actions=18, hidden=600, deter=600, variables=32, classes=32,
    head_layers=4, head_units=400, discount=0.999, kl_alpha=0.8, kl_free=0.0,
    scale_kl=0.1, scale_reward=1.0, scale_discount=5.0, scale_image=1.0, lr=2e-4, eps=1e-5, clip=100.0, wd=1e-6,
    # behavior (ActorCriticOptions)
    horizon=15, lam=0.95, actor_layers=4, actor_units=400, critic_layers=4, critic_units=400, actor_entropy=1e-3,
    actor_lr=4e-5, critic_lr=1e-4, behavior_eps=1e-5, behavior_clip=100.0, behavior_wd=1e-6, slow_every=100,
    # data
    batch=16, length=50,
)
DEFAULT = dict(ATARI, depth=8, actions=3, hidden=200, deter=200, variables=16, classes=16, head_layers=2,
               head_units=200, discount=0.99, lr=3e-4, actor_layers=2, actor_units=200, critic_layers=2,
               critic_units=200, actor_entropy=3e-3, actor_lr=1e-4, critic_lr=2e-4, length=16)
PRESETS = dict(atari=ATARI, default=DEFAULT)

# Parameter counts: dreamerv2.md §11 TV9 (Atari) and `dreamer summary compositions/default.yaml` (C#).
EXPECTED = {
    ("atari", 18): dict(encoder=1_549_776, rssm=5_664_848, decoder=10_497_553, reward=1_131_601, discount=1_131_601,
                        world_model=19_975_379, actor=1_138_418, critic=1_131_601),
    ("atari", 6): dict(rssm=5_657_648, world_model=19_968_179),
    ("default", 3): dict(world_model=1_174_715, actor=132_203, critic=131_801),
}


# ---------------------------------------------------------------- the agent and its data

def build_networks(c):
    world = WorldModel(c)
    features = c["variables"] * c["classes"] + c["deter"]
    actor = Mlp(features, c["actor_layers"], c["actor_units"], c["actions"])
    critic = Mlp(features, c["critic_layers"], c["critic_units"], 1)
    target = Mlp(features, c["critic_layers"], c["critic_units"], 1)
    return world, actor, critic, target


def build_agent(c, device):
    """The world model and its optimizer, and the REINFORCE actor-critic (as AtariAgent.OnDevice: seed 0)."""
    torch.manual_seed(0)
    world, actor, critic, target = build_networks(c)
    for network in (world, actor, critic, target):
        glorot_uniform(network)
        network.to(device)

    def optimizer(network, lr):
        return DreamerOptimizer(network.parameters(), lr, c["behavior_eps"], c["behavior_clip"], c["behavior_wd"])

    learner = ActorCritic(actor, critic, target, one_hot_distribution, optimizer(actor, c["actor_lr"]),
                          optimizer(critic, c["critic_lr"]), c["horizon"], c["lam"], c["actor_entropy"],
                          "reinforce", slow_every=c["slow_every"])
    return world, world_model_optimizer(world), learner


def random_batch(c, device):
    """AtariAgent.RandomBatch: [T, B, ...] uint8 images, one-hot actions, normal rewards, first row is_first."""
    L, B, A = c["length"], c["batch"], c["actions"]
    is_first = torch.zeros(L, B, device=device)
    is_first[0] = 1
    return dict(
        image=torch.randint(0, 256, (L, B, c["channels"], c["image"], c["image"]), dtype=torch.uint8, device=device),
        action=F.one_hot(torch.randint(0, A, (L, B), device=device), A).float(),
        reward=torch.randn(L, B, device=device),
        is_first=is_first,
        is_terminal=torch.zeros(L, B, device=device),
    )


def count(module):
    return sum(p.numel() for p in module.parameters())


def parameter_counts(world, actor, critic):
    counts = {name: count(getattr(world, name)) for name in ("encoder", "rssm", "decoder", "reward", "discount")}
    counts.update(world_model=count(world), actor=count(actor), critic=count(critic))
    return counts


def check_counts(preset, actions, counts):
    """Compares with EXPECTED where known; returns the list of mismatches (empty: all match or none known)."""
    expected = EXPECTED.get((preset, actions), {})
    return [f"{k}: {counts[k]:,} != expected {v:,}" for k, v in expected.items() if counts[k] != v]


# ---------------------------------------------------------------- TF32 and device description

NEW_PRECISION_API = hasattr(torch.backends, "fp32_precision")  # PyTorch >= 2.9 (1.13's matmul module asserts on hasattr)


def set_tf32(matmul, cudnn):
    m = torch.backends.cuda.matmul
    if NEW_PRECISION_API:
        m.fp32_precision = "tf32" if matmul else "ieee"
        torch.backends.cudnn.conv.fp32_precision = "tf32" if cudnn else "ieee"
    else:
        m.allow_tf32 = matmul
        torch.backends.cudnn.allow_tf32 = cudnn


def tf32_state():
    m = torch.backends.cuda.matmul
    if NEW_PRECISION_API:
        return dict(matmul=m.fp32_precision, cudnn_conv=torch.backends.cudnn.conv.fp32_precision)
    return dict(matmul="tf32" if m.allow_tf32 else "ieee", cudnn_conv="tf32" if torch.backends.cudnn.allow_tf32 else "ieee")


def device_name(device):
    if device.type == "cuda":
        return torch.cuda.get_device_name(device)
    try:
        with open("/proc/cpuinfo") as f:
            names = [line.split(":", 1)[1].strip() for line in f if line.startswith("model name")]
        return f"{names[0]} ({len(names)} logical CPUs)" if names else "cpu"
    except OSError:
        return "cpu"


def blas():
    """torch's BLAS build setting and, on Linux, the BLAS library actually loaded (Debian's torch is built with
    BLAS_INFO=generic and uses whatever libblas.so.3 the system points at: netlib's reference BLAS by default)."""
    config = torch.__config__.show()
    info = config.split("BLAS_INFO=", 1)[1].split(",", 1)[0] if "BLAS_INFO=" in config else "?"
    try:
        with open("/proc/self/maps") as f:
            libraries = sorted({line.split()[-1] for line in f
                                if any(k in line.lower() for k in ("blas", "mkl", "blis"))})
    except OSError:
        libraries = []
    return f"BLAS_INFO={info}" + (f" ({', '.join(os.path.realpath(x) for x in libraries)})" if libraries else "")


def load_average():
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


# ---------------------------------------------------------------- timing (UpdateTimer.cs)

def median(values):
    s = sorted(values)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def percentile(values, q):
    s = sorted(values)
    position = q * (len(s) - 1)
    low = int(position)
    high = min(low + 1, len(s) - 1)
    return s[low] + (s[high] - s[low]) * (position - low)


def run_timed(args, c, device):
    world, world_opt, learner = build_agent(c, device)
    counts = parameter_counts(world, learner.actor, learner.critic)
    mismatches = check_counts(args.preset, c["actions"], counts)
    print("parameters: " + ", ".join(f"{k} {v:,}" for k, v in counts.items())
          + ("; matches the C# counts" if (args.preset, c["actions"]) in EXPECTED and not mismatches else ""))
    if mismatches:
        print("PARAMETER COUNT MISMATCH: " + "; ".join(mismatches))
        return 1
    batch = random_batch(c, device)
    tf32 = tf32_state()
    print(f"full update (world model + behavior), {args.preset} preset, B={c['batch']} L={c['length']} "
          f"{c['image']}x{c['image']}x{c['channels']} A={c['actions']} H={c['horizon']}, device {device} "
          f"({device_name(device)}), threads {torch.get_num_threads()}, torch {torch.__version__}, "
          f"TF32 matmul {tf32['matmul']} / cuDNN conv {tf32['cudnn_conv']}, {blas()}, load average {load_average()}")

    def update():
        clock = time.perf_counter()
        loss, _ = train_world_model(world, world_opt, batch)
        stoch, deter, is_terminal = starts_from(loss, batch)
        model_loss = loss.terms["total"].item()
        world_ms = (time.perf_counter() - clock) * 1000
        behavior = learner.train(world, stoch, deter, is_terminal)
        actor_loss = behavior["actor_loss"].item()
        return world_ms, f"world model {world_ms:.0f} ms, model loss {model_loss:.1f}, actor loss {actor_loss:.4f}"

    wall, cpu, world_part = [], [], []
    load_before = load_average()
    for i in range(args.warmup + args.updates):
        cpu_before = time.process_time()
        clock = time.perf_counter()
        world_ms, note = update()
        elapsed = (time.perf_counter() - clock) * 1000
        cpu_elapsed = (time.process_time() - cpu_before) * 1000
        warm = i >= args.warmup
        if warm:
            wall.append(elapsed)
            cpu.append(cpu_elapsed)
            world_part.append(world_ms)
        print(f"{'update' if warm else 'warmup'} {i + 1}: {elapsed:.0f} ms wall, {cpu_elapsed:.0f} ms CPU ({note})",
              flush=True)
    load_after = load_average()
    peak = torch.cuda.max_memory_allocated(device) if device.type == "cuda" else None
    print(f"wall: median {median(wall):.0f} ms, p90 {percentile(wall, 0.9):.0f} ms, min {min(wall):.0f} ms; "
          f"CPU: median {median(cpu):.0f} ms, min {min(cpu):.0f} ms over {len(wall)} updates; world-model part median "
          f"{median(world_part):.0f} ms"
          + (f"; peak CUDA memory {peak / 2 ** 20:.0f} MiB" if peak is not None else "")
          + f"; load average before {load_before}, after {load_after}")
    if args.json:
        result = dict(
            script="scripts/pytorch/dreamer_update.py", preset=args.preset, config=c, device=str(device),
            device_name=device_name(device), torch=torch.__version__, blas=blas(), threads=torch.get_num_threads(), tf32=tf32,
            warmup=args.warmup, updates=args.updates, parameters=counts,
            median_ms=median(wall), p90_ms=percentile(wall, 0.9), min_ms=min(wall), wall_ms=wall, cpu_ms=cpu,
            cpu_median_ms=median(cpu), world_model_ms=world_part, peak_cuda_memory_bytes=peak,
            load_average_before=load_before, load_average_after=load_after,
        )
        with open(args.json, "w") as f:
            json.dump(result, f, indent=1)
            f.write("\n")
        print("wrote", args.json)
    return 0


# ---------------------------------------------------------------- --check: the references through the same code

def deviation(value, recorded, path=""):
    """Largest |value − recorded| / max(1, |recorded|) over matching JSON trees; non-numbers must be equal."""
    if isinstance(recorded, dict):
        return max([(0.0, "")] + [deviation(value[k], recorded[k], f"{path}.{k}") for k in recorded],
                   key=lambda pair: pair[0])
    if isinstance(recorded, list):
        if len(value) != len(recorded):
            return float("inf"), f"{path} (length {len(value)} != {len(recorded)})"
        return max([(0.0, "")] + [deviation(v, r, f"{path}[{i}]") for i, (v, r) in enumerate(zip(value, recorded))],
                   key=lambda pair: pair[0])
    if isinstance(recorded, (int, float)) and not isinstance(recorded, bool):
        return abs(value - recorded) / max(1.0, abs(recorded)), path
    return (0.0, "") if value == recorded else (float("inf"), f"{path} ({value!r} != {recorded!r})")


def run_check(tolerance=1e-6):
    sys.path.insert(0, os.path.join(ROOT, "scripts", "reference"))
    import behavior_reference
    import world_model_reference
    failures = []

    def compare(name, value, recorded):
        worst, where = deviation(value, recorded)
        ok = worst <= tolerance
        print(f"{name}: largest relative deviation {worst:.3g} at {where or '-'} ({'ok' if ok else 'FAILED'})")
        if not ok:
            failures.append(name)

    with open(os.path.join(ROOT, "tests/Dreamer.Training.Tests/WorldModel/reference_world_model.json")) as f:
        recorded = json.load(f)
    value = world_model_reference.world_model_reference()
    recorded.pop("description", None)
    value.pop("description", None)
    compare("world model reference (float64, tests/Dreamer.Training.Tests/WorldModel/reference_world_model.json)",
            value, recorded)
    with open(os.path.join(ROOT, "tests/Dreamer.Plugins.Tests/Behavior/reference_behavior.json")) as f:
        recorded = json.load(f)
    for case, values in recorded["cases"].items():
        compare(f"behavior reference {case} (float32, tests/Dreamer.Plugins.Tests/Behavior/reference_behavior.json)",
                behavior_reference.run(case), values)
    for (preset, actions), expected in EXPECTED.items():
        world, actor, critic, _ = build_networks(dict(PRESETS[preset], actions=actions))
        counts = parameter_counts(world, actor, critic)
        mismatches = check_counts(preset, actions, counts)
        print(f"parameter counts, {preset} preset, A={actions}: "
              + ", ".join(f"{k} {counts[k]:,}" for k in expected)
              + (" (ok)" if not mismatches else " FAILED: " + "; ".join(mismatches)))
        if mismatches:
            failures.append(f"counts {preset} A={actions}")
    print("check " + ("passed" if not failures else "FAILED: " + ", ".join(failures)))
    return 0 if not failures else 1


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--device", default="cpu", choices=["cpu", "cuda"])
    p.add_argument("--preset", default="atari", choices=sorted(PRESETS))
    p.add_argument("--batch", type=int, help="B (preset: 16)")
    p.add_argument("--length", type=int, help="L (atari 50, default 16)")
    p.add_argument("--horizon", type=int, help="H (15)")
    p.add_argument("--actions", type=int, help="A (atari 18, default 3)")
    p.add_argument("--warmup", type=int, default=2)
    p.add_argument("--updates", type=int, default=5)
    p.add_argument("--threads", type=int, help="torch.set_num_threads (default: torch's choice)")
    p.add_argument("--tf32", default="off", choices=["on", "off"], help="TF32 for float32 matmuls (default off, as C#)")
    p.add_argument("--cudnn-tf32", default="on", choices=["on", "off"],
                   help="TF32 for cuDNN convolutions (default on, libtorch's default, as C#)")
    p.add_argument("--json", help="write the figures to this file")
    p.add_argument("--check", action="store_true",
                   help="rerun the recorded PyTorch references through this code and check the parameter counts")
    args = p.parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)
    if args.check:
        return run_check()
    c = dict(PRESETS[args.preset])
    for key in ("batch", "length", "horizon", "actions"):
        if getattr(args, key) is not None:
            c[key] = getattr(args, key)
    set_tf32(args.tf32 == "on", args.cudnn_tf32 == "on")
    device = torch.device(args.device)
    return run_timed(args, c, device)


if __name__ == "__main__":
    sys.exit(main())
