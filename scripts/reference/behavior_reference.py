#!/usr/bin/python3
"""Reference values for one DreamerV2 behavior update (docs: /work/shared/dreamerv2.md §5, §6).

Builds the same actor, critic, slow target critic and a tiny deterministic differentiable "world" as the C# test
tests/Dreamer.Plugins.Tests/Behavior/ReferenceComparisonTests.cs, fills every parameter by the formula
    value = 0.5 * sin(seed + 0.9 * j + 0.37 * i)      (j: index of the parameter in the listed order, i: flat index)
feeds pre-drawn uniform noise to the action sampler, runs ONE behavior update (imagine, λ-return, actor loss,
critic loss, actor step, critic step, slow-target copy) with the §6 optimizer (global-norm clip, weight decay not
scaled by lr, Adam with TensorFlow's ε-hat), and writes losses, gradients and parameters to
tests/Dreamer.Plugins.Tests/Behavior/reference_behavior.json.

The actor, critic, distributions, imagination, losses and optimizer are those of scripts/pytorch/dreamer_torch.py,
the same code scripts/pytorch/dreamer_update.py times on the real world model; only the world and the inputs are
defined here. Everything is float32.

Run with Debian's PyTorch 1.13 (CPU):  /usr/bin/python3 scripts/reference/behavior_reference.py
"""
import json
import math
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pytorch"))
from dreamer_torch import (ActorCritic, DreamerOptimizer, Mlp, default_dtype, one_hot_distribution,  # noqa: E402
                           trunc_normal_distribution)

STOCH, DETER = 2, 4
FEATURES = STOCH + DETER        # F = 6
STARTS = 3                      # N
HORIZON = 4                     # H
LAYERS, UNITS = 2, 5
LAMBDA = 0.95
GAMMA = 0.99
ENTROPY_SCALE = 0.01
MIX = 0.1
MIN_STD = 0.1
IS_TERMINAL = [0.0, 1.0, 0.0]
ACTOR_OPT = dict(lr=1e-2, eps=1e-5, clip=100.0, wd=1e-3)
CRITIC_OPT = dict(lr=2e-2, eps=1e-5, clip=0.05, wd=1e-3)
SEEDS = dict(actor=1.0, critic=2.0, target=3.0, world=4.0)


def fill(parameters, seed):
    with torch.no_grad():
        for j, p in enumerate(parameters):
            i = torch.arange(p.numel(), dtype=torch.float64)
            p.copy_((0.5 * torch.sin(seed + 0.9 * j + 0.37 * i)).reshape(p.shape).to(p.dtype))


class World(torch.nn.Module):
    """deter' = tanh(W_t [stoch; deter; action] + b_t), stoch' = tanh(W_s deter' + b_s), feat = [stoch; deter];
    reward = W_r feat + b_r; continue = σ(W_d feat + b_d) (or γ without a discount head). The world interface of
    dreamer_torch.imagine and ActorCritic, like dreamer_torch.WorldModel."""

    gamma = GAMMA

    def __init__(self, actions, discount_head):
        super().__init__()
        self.actions = actions
        self.transition = torch.nn.Linear(STOCH + DETER + actions, DETER)
        self.stoch_head = torch.nn.Linear(DETER, STOCH)
        self.reward_head = torch.nn.Linear(FEATURES, 1)
        self.discount_head = torch.nn.Linear(FEATURES, 1) if discount_head else None

    def step(self, stoch, deter, action):
        deter = torch.tanh(self.transition(torch.cat([stoch, deter, action], -1)))
        return torch.tanh(self.stoch_head(deter)), deter

    def reward_mode(self, features):
        return self.reward_head(features).squeeze(-1)

    def continue_probability(self, features):
        return None if self.discount_head is None else torch.sigmoid(self.discount_head(features)).squeeze(-1)


def start_state():
    n = torch.arange(STARTS, dtype=torch.float64)[:, None]
    stoch = 0.6 * torch.sin(0.2 + 0.9 * (n * STOCH + torch.arange(STOCH, dtype=torch.float64)))
    deter = 0.6 * torch.cos(0.5 + 1.1 * (n * DETER + torch.arange(DETER, dtype=torch.float64)))
    return stoch.float(), deter.float()


def noise(call, shape):
    """Uniform noise of the k-th sampling call: 0.02 + 0.96·frac(0.1 + 0.618034·(k·count + flat index))."""
    count = math.prod(shape)
    i = torch.arange(count, dtype=torch.float64) + call * count
    return (0.02 + 0.96 * torch.frac(0.1 + 0.618034 * i)).reshape(shape).float()


def flat(tensors):
    return torch.cat([t.detach().reshape(-1) for t in tensors]).double().tolist()


def run(case):
    discrete = case == "discrete_mixed"
    actions = 3 if discrete else 2
    with default_dtype(torch.float32):
        actor = Mlp(FEATURES, LAYERS, UNITS, actions if discrete else 2 * actions)
        critic = Mlp(FEATURES, LAYERS, UNITS, 1)
        target = Mlp(FEATURES, LAYERS, UNITS, 1)
        world = World(actions, discount_head=discrete)
    for network, seed in ((actor, "actor"), (critic, "critic"), (target, "target"), (world, "world")):
        fill(list(network.parameters()), SEEDS[seed])

    calls = [0]

    def draw_uniform(shape, like):
        calls[0] += 1
        return noise(calls[0] - 1, shape)

    learner = ActorCritic(
        actor, critic, target,
        one_hot_distribution if discrete else (lambda output: trunc_normal_distribution(output, MIN_STD)),
        DreamerOptimizer(actor.parameters(), **ACTOR_OPT), DreamerOptimizer(critic.parameters(), **CRITIC_OPT),
        HORIZON, LAMBDA, ENTROPY_SCALE, "both" if discrete else "dynamics", mix=MIX, draw_uniform=draw_uniform)
    world_before = flat(world.parameters())
    out = learner.train(world, *start_state(), torch.tensor(IS_TERMINAL))                 # update #1 copies (§5.6)
    assert flat(world.parameters()) == world_before

    return dict(
        actor_loss=out["actor_loss"].item(),
        critic_loss=out["critic_loss"].item(),
        actor_entropy=out["entropy"].item(),
        imagined_reward=out["reward"].item(),
        lambda_return=flat([out["lambda_return"]]),
        features=flat([out["features"]]),
        actions=flat([out["actions"]]),
        actor_gradient_norm=out["actor_norm"].item(),
        critic_gradient_norm=out["critic_norm"].item(),
        actor_gradients=flat([p.grad for p in actor.parameters()]),
        critic_gradients=flat([p.grad for p in critic.parameters()]),
        actor_parameters=flat(actor.parameters()),
        critic_parameters=flat(critic.parameters()),
        target_parameters=flat(target.parameters()),
    )


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    result = dict(
        generator="scripts/reference/behavior_reference.py",
        torch=torch.__version__,
        cases={case: run(case) for case in ("discrete_mixed", "continuous_dynamics")},
    )
    path = os.path.join(root, "tests", "Dreamer.Plugins.Tests", "Behavior", "reference_behavior.json")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        json.dump(result, f, indent=1)
    print(f"wrote {path}")
    for case, values in result["cases"].items():
        print(case, "actor_loss", values["actor_loss"], "critic_loss", values["critic_loss"],
              "actor |g|", values["actor_gradient_norm"], "critic |g|", values["critic_gradient_norm"])


if __name__ == "__main__":
    main()
