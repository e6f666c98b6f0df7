#!/usr/bin/python3
"""Reference values for one DreamerV2 behavior update (docs: /work/shared/dreamerv2.md §5, §6).

Builds the same actor, critic, slow target critic and a tiny deterministic differentiable "world" as the C# test
tests/Dreamer.Plugins.Tests/Behavior/ReferenceComparisonTests.cs, fills every parameter by the formula
    value = 0.5 * sin(seed + 0.9 * j + 0.37 * i)      (j: index of the parameter in the listed order, i: flat index)
feeds pre-drawn uniform noise to the action sampler, runs ONE behavior update (imagine, λ-return, actor loss,
critic loss, actor step, critic step, slow-target copy) with the §6 optimizer (global-norm clip, weight decay not
scaled by lr, Adam with TensorFlow's ε-hat), and writes losses, gradients and parameters to
tests/Dreamer.Plugins.Tests/Behavior/reference_behavior.json.

Run with Debian's PyTorch 1.13 (CPU):  /usr/bin/python3 scripts/reference/behavior_reference.py
"""
import json
import math
import os

import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float32)

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


class Mlp(torch.nn.Module):
    def __init__(self, inputs, outputs):
        super().__init__()
        widths = [inputs] + [UNITS] * LAYERS
        self.hidden = torch.nn.ModuleList([torch.nn.Linear(a, b) for a, b in zip(widths[:-1], widths[1:])])
        self.output = torch.nn.Linear(widths[-1], outputs)

    def ordered(self):
        out = []
        for layer in self.hidden:
            out += [layer.weight, layer.bias]
        return out + [self.output.weight, self.output.bias]

    def forward(self, x):
        for layer in self.hidden:
            x = F.elu(layer(x), 1.0)
        return self.output(x)


class World(torch.nn.Module):
    """deter' = tanh(W_t [stoch; deter; action] + b_t), stoch' = tanh(W_s deter' + b_s), feat = [stoch; deter];
    reward = W_r feat + b_r; continue = σ(W_d feat + b_d) (or γ without a discount head)."""

    def __init__(self, actions, discount_head):
        super().__init__()
        self.actions = actions
        self.transition = torch.nn.Linear(STOCH + DETER + actions, DETER)
        self.stoch_head = torch.nn.Linear(DETER, STOCH)
        self.reward_head = torch.nn.Linear(FEATURES, 1)
        self.discount_head = torch.nn.Linear(FEATURES, 1) if discount_head else None

    def ordered(self):
        out = [self.transition.weight, self.transition.bias, self.stoch_head.weight, self.stoch_head.bias,
               self.reward_head.weight, self.reward_head.bias]
        if self.discount_head is not None:
            out += [self.discount_head.weight, self.discount_head.bias]
        return out

    def imagine(self, stoch, deter, policy, horizon):
        features = [torch.cat([stoch, deter], -1)]
        actions = [torch.zeros(stoch.shape[0], self.actions)]
        for _ in range(horizon):
            action = policy(features[-1].detach())
            deter = torch.tanh(self.transition(torch.cat([stoch, deter, action], -1)))
            stoch = torch.tanh(self.stoch_head(deter))
            features.append(torch.cat([stoch, deter], -1))
            actions.append(action)
        return torch.stack(features), torch.stack(actions)

    def reward(self, features):
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


def one_hot_distribution(logits):
    def sample(u):
        probabilities = torch.softmax(logits, -1)
        drawn = (probabilities.detach().cumsum(-1) < u).sum(-1).clamp(max=logits.shape[-1] - 1)
        return F.one_hot(drawn, logits.shape[-1]).float() + probabilities - probabilities.detach()

    def log_probability(action):
        return (torch.log_softmax(logits, -1) * action).sum(-1)

    def entropy():
        log_p = torch.log_softmax(logits, -1)
        return -(log_p.exp() * log_p).sum(-1)

    return dict(noise_shape=list(logits.shape[:-1]) + [1], sample=sample, log_probability=log_probability,
                entropy=entropy)


def trunc_normal_distribution(output):
    raw_mean, raw_std = output.chunk(2, -1)
    mean = torch.tanh(raw_mean)
    std = 2 * torch.sigmoid(raw_std / 2) + MIN_STD
    alpha, beta = (-1 - mean) / std, (1 - mean) / std
    z = torch.special.ndtr(beta) - torch.special.ndtr(alpha)

    def density(x):
        return torch.exp(-0.5 * x * x - 0.5 * math.log(2 * math.pi))

    def sample(u):
        x = mean + std * torch.special.ndtri(torch.special.ndtr(alpha) + u * z)
        return x + (x.clamp(-1 + 1e-6, 1 - 1e-6) - x).detach()

    def log_probability(x):
        return (-0.5 * ((x - mean) / std) ** 2 - torch.log(std) - 0.5 * math.log(2 * math.pi) - torch.log(z)).sum(-1)

    def entropy():
        h = torch.log(std) + torch.log(z) + 0.5 * math.log(2 * math.pi * math.e) \
            + (alpha * density(alpha) - beta * density(beta)) / (2 * z)
        return h.sum(-1)

    return dict(noise_shape=list(mean.shape), sample=sample, log_probability=log_probability, entropy=entropy)


class Optimizer:
    """dreamerv2.md §6: clip by global norm, v ← (1 − wd)·v, Adam(0.9, 0.999) with ε added to √v (TF ε-hat)."""

    def __init__(self, parameters, lr, eps, clip, wd):
        self.parameters, self.lr, self.eps, self.clip, self.wd = list(parameters), lr, eps, clip, wd
        self.m = [torch.zeros_like(p) for p in self.parameters]
        self.v = [torch.zeros_like(p) for p in self.parameters]
        self.steps = 0

    def minimize(self, loss):
        for p in self.parameters:
            p.grad = None
        loss.backward()
        with torch.no_grad():
            norm = torch.sqrt(sum((p.grad ** 2).sum() for p in self.parameters))
            if self.clip > 0:
                scale = self.clip / torch.clamp(norm, min=self.clip)
                for p in self.parameters:
                    p.grad.mul_(scale)
            self.steps += 1
            step_size = self.lr * math.sqrt(1 - 0.999 ** self.steps) / (1 - 0.9 ** self.steps)
            for p, m, v in zip(self.parameters, self.m, self.v):
                p.mul_(1 - self.wd)
                m.mul_(0.9).add_(p.grad, alpha=0.1)
                v.mul_(0.999).addcmul_(p.grad, p.grad, value=0.001)
                p.addcdiv_(m, v.sqrt() + self.eps, value=-step_size)
        return norm


def flat(tensors):
    return torch.cat([t.detach().reshape(-1) for t in tensors]).double().tolist()


def run(case):
    discrete = case == "discrete_mixed"
    actions = 3 if discrete else 2
    actor = Mlp(FEATURES, actions if discrete else 2 * actions)
    critic = Mlp(FEATURES, 1)
    target = Mlp(FEATURES, 1)
    world = World(actions, discount_head=discrete)
    fill(actor.ordered(), SEEDS["actor"])
    fill(critic.ordered(), SEEDS["critic"])
    fill(target.ordered(), SEEDS["target"])
    fill(world.ordered(), SEEDS["world"])
    for p in target.parameters():
        p.requires_grad_(False)
    distribution = one_hot_distribution if discrete else trunc_normal_distribution

    calls = [0]

    def policy(features):
        pi = distribution(actor(features))
        u = noise(calls[0], pi["noise_shape"])
        calls[0] += 1
        return pi["sample"](u)

    stoch, deter = start_state()
    features, drawn = world.imagine(stoch, deter, policy, HORIZON)              # [H+1, N, F], [H+1, N, A]
    reward = world.reward(features)                                              # [H+1, N]
    first = GAMMA * (1 - torch.tensor(IS_TERMINAL))[None]                        # [1, N]
    later = world.continue_probability(features[1:])
    if later is None:
        later = torch.full(features[1:].shape[:-1], GAMMA)
    discount = torch.cat([first, later], 0)                                      # [H+1, N]
    weights = torch.cumprod(torch.cat([torch.ones_like(discount[:1]), discount[:-1]], 0), 0).detach()
    target_value = target(features).squeeze(-1)                                   # [H+1, N]

    inputs = reward[:-1] + discount[:-1] * target_value[1:] * (1 - LAMBDA)
    returns, last = [], target_value[-1]
    for k in reversed(range(HORIZON)):
        last = inputs[k] + discount[k] * LAMBDA * last
        returns.append(last)
    lambda_return = torch.stack(returns[::-1])                                   # [H, N]

    pi = distribution(actor(features[:-2].detach()))
    log_probability = pi["log_probability"](drawn[1:-1].detach())                # [H−1, N]
    entropy = pi["entropy"]()                                                     # [H−1, N]
    advantage = (lambda_return[1:] - target_value[:-2]).detach()
    reinforce = log_probability * advantage
    dynamics = lambda_return[1:]
    objective = MIX * dynamics + (1 - MIX) * reinforce if discrete else dynamics
    actor_loss = -(weights[:-2] * (objective + ENTROPY_SCALE * entropy)).mean()

    value = critic(features[:-1].detach()).squeeze(-1)                            # [H, N]
    critic_loss = (weights[:-1] * (0.5 * (value - lambda_return.detach()) ** 2 + 0.5 * math.log(2 * math.pi))).mean()

    world_before = flat(world.ordered())
    actor_norm = Optimizer(actor.ordered(), **ACTOR_OPT).minimize(actor_loss)
    critic_norm = Optimizer(critic.ordered(), **CRITIC_OPT).minimize(critic_loss)
    with torch.no_grad():                                                         # update #1 copies (§5.6)
        for t, c in zip(target.ordered(), critic.ordered()):
            t.copy_(c)
    assert flat(world.ordered()) == world_before

    return dict(
        actor_loss=actor_loss.item(),
        critic_loss=critic_loss.item(),
        actor_entropy=entropy.mean().item(),
        imagined_reward=reward.mean().item(),
        lambda_return=flat([lambda_return]),
        features=flat([features]),
        actions=flat([drawn]),
        actor_gradient_norm=actor_norm.item(),
        critic_gradient_norm=critic_norm.item(),
        actor_gradients=flat([p.grad for p in actor.ordered()]),
        critic_gradients=flat([p.grad for p in critic.ordered()]),
        actor_parameters=flat(actor.ordered()),
        critic_parameters=flat(critic.ordered()),
        target_parameters=flat(target.ordered()),
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
