#!/usr/bin/python3
"""Reference values for the Dreamer world model (dreamerv2.md §2-§4, §6), computed with PyTorch.

Builds the same world model as the C# host (encoder.conv, RSSM with dynamics.gru-layernorm and
latent.categorical, decoder.conv, reward and discount MLP heads, kl.balanced) at tiny sizes, fills every
parameter deterministically, runs the loss on a fixed batch with pre-drawn uniform noise for the straight-through
samples, back-propagates, takes one DreamerOptimizer step, and writes the results to
tests/Dreamer.Host.Tests/WorldModel/reference_world_model.json.

Run with Debian's interpreter: /usr/bin/python3 scripts/reference/world_model_reference.py
Everything is float64. Parameter names and order match the C# modules' named_parameters().
To add more references (actor, critic, ...), write another `*_reference()` function returning a dict and add it
to REFERENCES; each one is written to its own JSON file.
"""
import json
import math
import os

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)

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


# ---------------------------------------------------------------- modules (names mirror the C# fields)

class ConvEncoder(nn.Module):
    def __init__(self, channels, depth, kernels=(4, 4, 4, 4)):
        super().__init__()
        self.layers = nn.ModuleList()
        for i, k in enumerate(kernels):
            self.layers.append(nn.Conv2d(channels, depth * 2 ** i, k, stride=2))
            channels = depth * 2 ** i

    def forward(self, obs):  # [..., C, H, W] -> [..., E]
        lead = obs.shape[:-3]
        x = obs.reshape(-1, *obs.shape[-3:])
        for layer in self.layers:
            x = F.elu(layer(x))
        return x.reshape(*lead, -1)


class ConvDecoder(nn.Module):
    def __init__(self, features, channels, depth, kernels=(5, 5, 6, 6)):
        super().__init__()
        self.depth = depth
        self.input = nn.Linear(features, 32 * depth)
        self.layers = nn.ModuleList()
        width = 32 * depth
        for i, k in enumerate(kernels):
            out = channels if i == len(kernels) - 1 else depth * 2 ** (len(kernels) - i - 2)
            self.layers.append(nn.ConvTranspose2d(width, out, k, stride=2))
            width = out

    def forward(self, feat):  # [..., F] -> [..., C, H, W]
        lead = feat.shape[:-1]
        x = self.input(feat).reshape(-1, 32 * self.depth, 1, 1)
        for i, layer in enumerate(self.layers):
            x = layer(x)
            if i < len(self.layers) - 1:
                x = F.elu(x)
        return x.reshape(*lead, *x.shape[1:])

    def nll(self, feat, obs):  # Normal(mean, 1) summed over [C, H, W]
        return (0.5 * (obs - self(feat)) ** 2 + 0.5 * math.log(2 * math.pi)).sum((-3, -2, -1))


class LayerNormGruCell(nn.Module):
    def __init__(self, inputs, deter):
        super().__init__()
        self.gates = nn.Linear(inputs + deter, 3 * deter)
        self.norm = nn.LayerNorm(3 * deter, eps=1e-3)

    def forward(self, x, h):
        reset, cand, update = torch.chunk(self.norm(self.gates(torch.cat([x, h], -1))), 3, -1)
        reset = torch.sigmoid(reset)
        cand = torch.tanh(reset * cand)
        update = torch.sigmoid(update - 1)
        return update * cand + (1 - update) * h


class Mlp(nn.Module):
    def __init__(self, inputs, layers, units, outputs):
        super().__init__()
        self.hidden = nn.ModuleList()
        for _ in range(layers):
            self.hidden.append(nn.Linear(inputs, units))
            inputs = units
        self.output = nn.Linear(inputs, outputs)

    def forward(self, x):
        for layer in self.hidden:
            x = F.elu(layer(x))
        return self.output(x)


class Categorical:
    """S one-hot categoricals of K classes over flat logits [..., S·K]."""

    def __init__(self, variables, classes):
        self.S, self.K = variables, classes

    def logits(self, params):
        return params.reshape(*params.shape[:-1], self.S, self.K)

    def sample(self, params, uniform):  # straight-through, inverse-CDF draw with supplied noise [..., S]
        probs = torch.softmax(self.logits(params), -1)
        cumulative = probs.detach().cumsum(-1)
        drawn = (cumulative < uniform.unsqueeze(-1)).sum(-1).clamp(max=self.K - 1)
        one_hot = F.one_hot(drawn, self.K).to(probs.dtype)
        sample = one_hot + probs - probs.detach()
        margin = (cumulative - uniform.unsqueeze(-1)).abs().min().item()
        return sample.reshape(*sample.shape[:-2], self.S * self.K), margin

    def kl(self, lhs, rhs):
        lhs, rhs = torch.log_softmax(self.logits(lhs), -1), torch.log_softmax(self.logits(rhs), -1)
        return (lhs.exp() * (lhs - rhs)).sum((-2, -1))


class Rssm(nn.Module):
    def __init__(self, c, embed):
        super().__init__()
        self.latent = Categorical(c["variables"], c["classes"])
        P = c["variables"] * c["classes"]
        self.img_in = nn.Linear(P + c["actions"], c["hidden"])
        self.cell = LayerNormGruCell(c["hidden"], c["deter"])
        self.img_out = nn.Linear(c["deter"], c["hidden"])
        self.img_dist = nn.Linear(c["hidden"], P)
        self.obs_out = nn.Linear(c["deter"] + embed, c["hidden"])
        self.obs_dist = nn.Linear(c["hidden"], P)
        self.deter = c["deter"]

    def prior(self, stoch, deter, action):
        x = F.elu(self.img_in(torch.cat([stoch, action], -1)))
        deter = self.cell(x, deter)
        return deter, self.img_dist(F.elu(self.img_out(deter)))

    def observe(self, embed, action, is_first, noise):
        T, B = embed.shape[:2]
        P = self.latent.S * self.latent.K
        deter, stoch, params = torch.zeros(B, self.deter), torch.zeros(B, P), torch.zeros(B, P)
        deters, stochs, posts, priors, margin = [], [], [], [], 1.0
        for t in range(T):
            keep = (1 - is_first[t]).unsqueeze(-1)
            deter, stoch, params = deter * keep, stoch * keep, params * keep
            deter, prior = self.prior(stoch, deter, action[t] * keep)
            params = self.obs_dist(F.elu(self.obs_out(torch.cat([deter, embed[t]], -1))))
            stoch, m = self.latent.sample(params, noise[t])
            margin = min(margin, m)
            deters.append(deter); stochs.append(stoch); posts.append(params); priors.append(prior)
        return torch.stack(deters), torch.stack(stochs), torch.stack(posts), torch.stack(priors), margin


class WorldModel(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.c = c
        self.encoder = ConvEncoder(c["channels"], c["depth"])
        embed = 8 * c["depth"] * 2 * 2  # channels depth·2^3 at 2×2
        self.rssm = Rssm(c, embed)
        features = c["variables"] * c["classes"] + c["deter"]
        self.decoder = ConvDecoder(features, c["channels"], c["depth"])
        self.reward = Mlp(features, c["head_layers"], c["head_units"], 1)
        self.discount = Mlp(features, c["head_layers"], c["head_units"], 1)

    def loss(self, batch, noise):
        c = self.c
        obs = batch["image"].to(torch.float64) / 255.0 - 0.5
        embed = self.encoder(obs)
        deter, stoch, post, prior, margin = self.rssm.observe(embed, batch["action"], batch["is_first"], noise)
        feat = torch.cat([stoch, deter], -1)
        image = self.decoder.nll(feat, obs).mean()
        reward = (0.5 * (self.reward(feat).squeeze(-1) - torch.tanh(batch["reward"])) ** 2
                  + 0.5 * math.log(2 * math.pi)).mean()
        logits = self.discount(feat).squeeze(-1)
        target = c["discount"] * (1 - batch["is_terminal"])
        discount = (F.softplus(logits) - target * logits).mean()
        kl_lhs = self.rssm.latent.kl(post, prior.detach())
        kl_rhs = self.rssm.latent.kl(post.detach(), prior)
        a, free = c["kl_alpha"], c["kl_free"]
        kl = (1 - a) * torch.clamp(kl_lhs.mean(), min=free) + a * torch.clamp(kl_rhs.mean(), min=free)
        total = (c["scale_image"] * image + c["scale_reward"] * reward + c["scale_discount"] * discount
                 + c["scale_kl"] * kl)
        terms = dict(total=total, image=image, reward=reward, discount=discount, kl=kl, kl_value=kl_lhs.mean())
        return terms, feat, margin


# ---------------------------------------------------------------- the §6 optimizer

def dreamer_optimizer_step(parameters, state, lr, eps, clip, wd, beta1=0.9, beta2=0.999):
    """Global-norm clip, weight decay v <- (1-wd)v, Adam with TF's epsilon-hat. Returns the pre-clip norm."""
    with torch.no_grad():
        grads = [p.grad for p in parameters]
        norm = torch.sqrt(sum((g ** 2).sum() for g in grads))
        if clip > 0:
            for g in grads:
                g.mul_(clip / torch.clamp(norm, min=clip))
        state["t"] = state.get("t", 0) + 1
        t = state["t"]
        step = lr * math.sqrt(1 - beta2 ** t) / (1 - beta1 ** t)
        for i, p in enumerate(parameters):
            m = state.setdefault(("m", i), torch.zeros_like(p))
            v = state.setdefault(("v", i), torch.zeros_like(p))
            p.mul_(1 - wd)
            m.mul_(beta1).add_(p.grad, alpha=1 - beta1)
            v.mul_(beta2).addcmul_(p.grad, p.grad, value=1 - beta2)
            p.addcdiv_(m, v.sqrt() + eps, value=-step)
        return norm


# ---------------------------------------------------------------- references

def world_model_reference():
    c = CONFIG
    model = WorldModel(c)
    fill_parameters(model)
    batch = make_batch(c)
    noise = uniform_noise((c["time"], c["batch"], c["variables"]))
    terms, feat, margin = model.loss(batch, noise)
    assert margin > 1e-4, f"inverse-CDF draw too close to a class boundary ({margin})"
    model.zero_grad()
    terms["total"].backward()
    named = list(model.named_parameters())
    gradient_norms = [p.grad.norm().item() for _, p in named]
    before = [p.detach().clone() for _, p in named]
    norm = dreamer_optimizer_step([p for _, p in named], {}, c["lr"], c["eps"], c["clip"], c["wd"])
    step_norms = [(p.detach() - b).norm().item() for (_, p), b in zip(named, before)]
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
    "tests/Dreamer.Host.Tests/WorldModel/reference_world_model.json": world_model_reference,
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
