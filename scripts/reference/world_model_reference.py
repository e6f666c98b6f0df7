#!/usr/bin/python3
"""Reference values for the Dreamer world model (dreamerv2.md §2-§4, §6), computed with PyTorch.

Builds the same world model as the C# host (encoder.conv, RSSM with dynamics.gru-layernorm and
latent.categorical, decoder.conv, reward and discount MLP heads, kl.balanced) at tiny sizes, fills every
parameter deterministically, runs the loss on a fixed batch with pre-drawn uniform noise for the straight-through
samples, back-propagates, takes one DreamerOptimizer step, and writes the results to
tests/Dreamer.Training.Tests/WorldModel/reference_world_model.json.

Run with Debian's interpreter: /usr/bin/python3 scripts/reference/world_model_reference.py
Everything is float64. The modules and the optimizer are those of scripts/pytorch/dreamer_torch.py (the same code
scripts/pytorch/dreamer_update.py times); parameter names and order match the C# modules' named_parameters().
To add more references (actor, critic, ...), write another `*_reference()` function returning a dict and add it
to REFERENCES; each one is written to its own JSON file.
"""
import json
import math
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pytorch"))
from dreamer_torch import WorldModel, default_dtype, train_world_model, world_model_optimizer  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))

# Tiny world-model configuration (the C# test builds the same).
CONFIG = dict(
    time=4, batch=2, channels=1, image=64, depth=2, actions=2,
    hidden=8, deter=8, variables=4, classes=4, head_layers=2, head_units=8,
    discount=0.999, kl_alpha=0.8, kl_free=0.0, scale_kl=0.1, scale_reward=1.0, scale_discount=5.0,
    scale_image=1.0, lr=1e-3, eps=1e-5, clip=100.0, wd=1e-6,
)


# ---------------------------------------------------------------- deterministic inputs (shared formulas)

def fill_parameters(module):
    """Parameter k (named_parameters order), flat index i: scale·sin(1 + i + 10k);
    scale = 1/sqrt(numel/shape[0]) for tensors of 2+ dims, 0.1 for vectors."""
    with torch.no_grad():
        for k, (_, p) in enumerate(module.named_parameters()):
            i = torch.arange(p.numel(), dtype=torch.float64)
            scale = 1.0 / math.sqrt(p.numel() / p.shape[0]) if p.dim() >= 2 else 0.1
            p.copy_((scale * torch.sin(1.0 + i + 10.0 * k)).reshape(p.shape))


def uniform_noise(shape):
    """u_j = 0.5 + 0.49·sin(2 + 3.7·j) over the flat index j."""
    j = torch.arange(math.prod(shape), dtype=torch.float64)
    return (0.5 + 0.49 * torch.sin(2.0 + 3.7 * j)).reshape(shape)


def make_batch(c):
    T, B = c["time"], c["batch"]
    flat = torch.arange(T * B * c["channels"] * c["image"] * c["image"])
    image = ((flat * 37 + 11) % 256).to(torch.uint8).reshape(T, B, c["channels"], c["image"], c["image"])
    is_first = torch.zeros(T, B)
    is_first[0, :] = 1.0
    is_first[2, 1] = 1.0
    action = torch.zeros(T, B, c["actions"])
    for t in range(T):
        for b in range(B):
            if is_first[t, b] == 0:
                action[t, b, (t + b) % c["actions"]] = 1.0
    reward = torch.tensor([[2.0 * math.sin(t + 2.0 * b) for b in range(B)] for t in range(T)])
    reward = reward * (1.0 - is_first)
    is_terminal = torch.zeros(T, B)
    is_terminal[3, 0] = 1.0
    return dict(image=image, action=action, reward=reward, is_first=is_first, is_terminal=is_terminal)


# ---------------------------------------------------------------- references

def world_model_reference():
    c = CONFIG
    with default_dtype(torch.float64):
        model = WorldModel(c)
        fill_parameters(model)
        batch = make_batch(c)
        noise = uniform_noise((c["time"], c["batch"], c["variables"]))
    named = list(model.named_parameters())
    before = [p.detach().clone() for _, p in named]
    gradient_norms = []
    optimizer = world_model_optimizer(model)
    optimizer.before_step = lambda: gradient_norms.extend(p.grad.norm().item() for _, p in named)
    loss, norm = train_world_model(model, optimizer, batch, noise)
    assert loss.margin > 1e-4, f"inverse-CDF draw too close to a class boundary ({loss.margin})"
    step_norms = [(p.detach() - b).norm().item() for (_, p), b in zip(named, before)]
    terms, feat, margin = loss.terms, loss.features, loss.margin
    return dict(
        description="world_model_reference() in scripts/reference/world_model_reference.py, PyTorch "
                    + torch.__version__ + ", float64",
        config=c,
        parameters=[dict(name=n, shape=list(p.shape)) for n, p in named],
        losses={k: v.item() for k, v in terms.items()},
        features_sum=feat.sum().item(),
        features_square_sum=(feat ** 2).sum().item(),
        sample_margin=margin,
        gradient_norm=norm.item(),
        parameter_gradient_norms=gradient_norms,
        parameter_step_norms=step_norms,
    )


REFERENCES = {
    "tests/Dreamer.Training.Tests/WorldModel/reference_world_model.json": world_model_reference,
}


def main():
    for path, build in REFERENCES.items():
        result = build()
        full = os.path.join(ROOT, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w") as f:
            json.dump(result, f, indent=1)
            f.write("\n")
        print("wrote", path)


if __name__ == "__main__":
    main()
