"""DreamerV2 in PyTorch, network for network and loss for loss the same as the C# host (docs: /work/shared/dreamerv2.md).

One implementation serves three callers:
  * scripts/reference/world_model_reference.py and scripts/reference/behavior_reference.py, which run it at tiny sizes
    with deterministic parameters and noise and record the values the C# tests compare against;
  * scripts/pytorch/dreamer_update.py, which times one full update at the Atari or default-composition sizes (and whose
    --check mode reruns the two references against their recorded JSON).

Nothing here sets the default dtype or device: tensors are created like the parameters or inputs they belong to.
Module and parameter names and orders mirror the C# modules' named_parameters(). C# counterparts:
  ConvEncoder / ConvDecoder            plugins/Dreamer.Plugins.Vision (kernels 4,4,4,4 / 5,5,6,6, stride 2, valid)
  LayerNormGruCell                     plugins/Dreamer.Plugins.Dynamics (one LayerNorm over 3D, ε 1e-3, update bias −1)
  Categorical                          plugins/Dreamer.Plugins.Latents + Dreamer.Modules/Distributions/OneHotCategorical
  Rssm, WorldModel                     Dreamer.Training/WorldModel/{Rssm,WorldModel}.cs (balanced KL: plugins/Dreamer.Plugins.Kl)
  DreamerOptimizer                     Dreamer.Modules/Optimization/DreamerOptimizer.cs (§6)
  imagine, ActorCritic, distributions  Rssm.Imagine, plugins/Dreamer.Plugins.Behavior (§5)
"""
import contextlib
import math

import torch
import torch.nn as nn
import torch.nn.functional as F

HALF_LOG_TWO_PI = 0.5 * math.log(2 * math.pi)


@contextlib.contextmanager
def default_dtype(dtype):
    """torch's default dtype set to `dtype` inside the block (the references build float64 or float32 models)."""
    previous = torch.get_default_dtype()
    torch.set_default_dtype(dtype)
    try:
        yield
    finally:
        torch.set_default_dtype(previous)


# ---------------------------------------------------------------- world-model modules (§2, §3)

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
        return (0.5 * (obs - self(feat)) ** 2 + HALF_LOG_TWO_PI).sum((-3, -2, -1))


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
    """layers × [Dense(units) → ELU] → Dense(outputs) (Dreamer.Modules/Layers/Mlp.cs)."""

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


def straight_through(logits, uniform):
    """One-hot sample by inverse CDF at uniform [...] + p − sg(p) (§2.6, TV6). Returns (sample, cumulative CDF)."""
    probs = torch.softmax(logits, -1)
    cumulative = probs.detach().cumsum(-1)
    drawn = (cumulative < uniform.unsqueeze(-1)).sum(-1).clamp(max=logits.shape[-1] - 1)
    return F.one_hot(drawn, logits.shape[-1]).to(probs.dtype) + probs - probs.detach(), cumulative


class Categorical:
    """S one-hot categoricals of K classes over flat logits [..., S·K]."""

    def __init__(self, variables, classes):
        self.S, self.K = variables, classes

    def logits(self, params):
        return params.reshape(*params.shape[:-1], self.S, self.K)

    def sample(self, params, uniform=None):
        """Straight-through sample [..., S·K]; uniform [..., S] defaults to torch.rand (C#: OneHotCategorical)."""
        if uniform is None:
            uniform = torch.rand(params.shape[:-1] + (self.S,), dtype=params.dtype, device=params.device)
        sample, cumulative = straight_through(self.logits(params), uniform)
        return sample.reshape(*sample.shape[:-2], self.S * self.K), cumulative

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
        self.actions = c["actions"]

    def prior(self, stoch, deter, action):
        x = F.elu(self.img_in(torch.cat([stoch, action], -1)))
        deter = self.cell(x, deter)
        return deter, self.img_dist(F.elu(self.img_out(deter)))

    def step(self, stoch, deter, action):
        """One imagination step (§2.2) with a sampled prior: the world interface of imagine()."""
        deter, prior = self.prior(stoch, deter, action)
        return self.latent.sample(prior)[0], deter

    def observe(self, embed, action, is_first, noise=None):
        """Posterior pass (§2.4) from the zero state. With noise [T, B, S] also returns the smallest distance of a
        noise value to a class boundary of the inverse-CDF draw (a host read); otherwise margin is None."""
        T, B = embed.shape[:2]
        P = self.latent.S * self.latent.K
        deter, stoch, params = embed.new_zeros(B, self.deter), embed.new_zeros(B, P), embed.new_zeros(B, P)
        deters, stochs, posts, priors, margins = [], [], [], [], []
        for t in range(T):
            keep = (1 - is_first[t]).unsqueeze(-1)
            deter, stoch, params = deter * keep, stoch * keep, params * keep
            deter, prior = self.prior(stoch, deter, action[t] * keep)
            params = self.obs_dist(F.elu(self.obs_out(torch.cat([deter, embed[t]], -1))))
            uniform = None if noise is None else noise[t]
            stoch, cumulative = self.latent.sample(params, uniform)
            if uniform is not None:
                margins.append((cumulative - uniform.unsqueeze(-1)).abs().min())
            deters.append(deter); stochs.append(stoch); posts.append(params); priors.append(prior)
        margin = min([1.0] + [m.item() for m in margins]) if noise is not None else None
        return torch.stack(deters), torch.stack(stochs), torch.stack(posts), torch.stack(priors), margin


class WorldModelLoss:
    """The terms of §4 (scalars), the posterior states [T, B, ...] and their features."""

    def __init__(self, terms, stoch, deter, features, margin):
        self.terms, self.stoch, self.deter, self.features, self.margin = terms, stoch, deter, features, margin


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

    # the world interface of imagine() and ActorCritic (C#: WorldModelImagination)
    @property
    def actions(self):
        return self.rssm.actions

    @property
    def gamma(self):
        return self.c["discount"]

    def step(self, stoch, deter, action):
        return self.rssm.step(stoch, deter, action)

    def reward_mode(self, feat):
        return self.reward(feat).squeeze(-1)

    def continue_probability(self, feat):
        return torch.sigmoid(self.discount(feat)).squeeze(-1)

    def loss(self, batch, noise=None):
        c = self.c
        dtype = self.rssm.img_in.weight.dtype
        obs = batch["image"].to(dtype) / 255.0 - 0.5
        embed = self.encoder(obs)
        deter, stoch, post, prior, margin = self.rssm.observe(embed, batch["action"].to(dtype), batch["is_first"],
                                                              noise)
        feat = torch.cat([stoch, deter], -1)
        image = self.decoder.nll(feat, obs).mean()
        reward = (0.5 * (self.reward(feat).squeeze(-1) - torch.tanh(batch["reward"])) ** 2
                  + HALF_LOG_TWO_PI).mean()
        logits = self.discount(feat).squeeze(-1)
        target = c["discount"] * (1 - batch["is_terminal"])
        discount = (F.softplus(logits) - target * logits).mean()
        kl_lhs = self.rssm.latent.kl(post, prior.detach())
        kl_rhs = self.rssm.latent.kl(post.detach(), prior)
        a, free = c["kl_alpha"], c["kl_free"]
        kl = (1 - a) * torch.clamp(kl_lhs.mean(), min=free) + a * torch.clamp(kl_rhs.mean(), min=free)
        total = (c["scale_image"] * image + c["scale_reward"] * reward + c["scale_discount"] * discount
                 + c["scale_kl"] * kl)
        terms = dict(total=total, image=image, reward=reward, discount=discount, kl=kl,
                     kl_value=kl_lhs.detach().mean())
        return WorldModelLoss(terms, stoch, deter, feat, margin)


def glorot_uniform(module):
    """Keras defaults as the C# Initialization.GlorotUniform: Glorot-uniform kernels, zero biases, LayerNorm 1 / 0."""
    with torch.no_grad():
        for m in module.modules():
            if isinstance(m, (nn.Linear, nn.Conv2d, nn.ConvTranspose2d)):
                nn.init.xavier_uniform_(m.weight)
                nn.init.zeros_(m.bias)
            elif isinstance(m, nn.LayerNorm):
                nn.init.ones_(m.weight)
                nn.init.zeros_(m.bias)


# ---------------------------------------------------------------- the §6 optimizer

class DreamerOptimizer:
    """Global-norm clip g ← g·clip/max(norm, clip), weight decay v ← (1 − wd)·v (not scaled by lr), Adam(0.9, 0.999)
    with TF's ε-hat: p ← p − lr·√(1−β2^t)/(1−β1^t)·m/(√v + ε). Same kernels as the C# DreamerOptimizer."""

    def __init__(self, parameters, lr, eps, clip, wd, beta1=0.9, beta2=0.999):
        self.parameters = list(parameters)
        self.lr, self.eps, self.clip, self.wd, self.beta1, self.beta2 = lr, eps, clip, wd, beta1, beta2
        self.m = [torch.zeros_like(p) for p in self.parameters]
        self.v = [torch.zeros_like(p) for p in self.parameters]
        self.steps = 0
        self.before_step = None  # called between backward and step (the references read the raw gradients there)

    def backward(self, loss):
        """Zeroes this optimizer's gradients (C# ZeroGrad) and back-propagates."""
        for p in self.parameters:
            if p.grad is not None:
                p.grad.zero_()
        loss.backward()

    def step(self):
        """Steps on the accumulated gradients; returns the pre-clip global norm (a device scalar)."""
        with torch.no_grad():
            grads = [p.grad for p in self.parameters if p.grad is not None]
            norm = torch.stack([(g ** 2).sum() for g in grads]).sum().sqrt()
            if self.clip > 0:
                scale = self.clip / torch.clamp(norm, min=self.clip)
                for g in grads:
                    g.mul_(scale)
            self.steps += 1
            b1, b2 = self.beta1, self.beta2
            step = self.lr * math.sqrt(1 - b2 ** self.steps) / (1 - b1 ** self.steps)
            for p, m, v in zip(self.parameters, self.m, self.v):
                if self.wd > 0:
                    p.mul_(1 - self.wd)
                if p.grad is None:
                    continue
                m.mul_(b1).add_(p.grad, alpha=1 - b1)
                v.mul_(b2).addcmul_(p.grad, p.grad, value=1 - b2)
                p.addcdiv_(m, v.sqrt() + self.eps, value=-step)
            return norm

    def minimize(self, loss):
        self.backward(loss)
        if self.before_step is not None:
            self.before_step()
        return self.step()


def world_model_optimizer(model):
    c = model.c
    return DreamerOptimizer(model.parameters(), c["lr"], c["eps"], c["clip"], c["wd"])


def train_world_model(model, optimizer, batch, noise=None):
    """§1 step 4(i): loss, backward, clip, weight decay, Adam. Returns (loss, pre-clip gradient norm)."""
    loss = model.loss(batch, noise)
    return loss, optimizer.minimize(loss.terms["total"])


def starts_from(loss, batch):
    """§5.1 / §10 D12: all T·B posterior states, detached and flattened to N, with the batch's terminal flags [N]."""
    return (loss.stoch.detach().flatten(0, 1), loss.deter.detach().flatten(0, 1),
            batch["is_terminal"].flatten(0, 1).to(loss.deter.dtype))


# ---------------------------------------------------------------- behavior (§5)

def one_hot_distribution(logits):
    """The discrete actor's OneHotST over A actions; one uniform number per state."""
    def sample(u):
        return straight_through(logits, u.squeeze(-1))[0]

    def log_probability(action):
        return (torch.log_softmax(logits, -1) * action).sum(-1)

    def entropy():
        log_p = torch.log_softmax(logits, -1)
        return -(log_p.exp() * log_p).sum(-1)

    return dict(noise_shape=list(logits.shape[:-1]) + [1], sample=sample, log_probability=log_probability,
                entropy=entropy)


def trunc_normal_distribution(output, min_std=0.1):
    raw_mean, raw_std = output.chunk(2, -1)
    mean = torch.tanh(raw_mean)
    std = 2 * torch.sigmoid(raw_std / 2) + min_std
    alpha, beta = (-1 - mean) / std, (1 - mean) / std
    z = torch.special.ndtr(beta) - torch.special.ndtr(alpha)

    def density(x):
        return torch.exp(-0.5 * x * x - HALF_LOG_TWO_PI)

    def sample(u):
        below = torch.special.ndtr(alpha) + u * z
        above = torch.special.ndtr(-beta) + (1 - u) * z
        lower_half = below <= 0.5
        quantile = torch.special.ndtri(torch.where(lower_half, below, above).clamp_min(1e-12))
        x = mean + std * torch.where(lower_half, quantile, -quantile)
        return x + (x.clamp(-1 + 1e-6, 1 - 1e-6) - x).detach()

    def log_probability(x):
        return (-0.5 * ((x - mean) / std) ** 2 - torch.log(std) - HALF_LOG_TWO_PI - torch.log(z)).sum(-1)

    def entropy():
        h = torch.log(std) + torch.log(z) + 0.5 * math.log(2 * math.pi * math.e) \
            + (alpha * density(alpha) - beta * density(beta)) / (2 * z)
        return h.sum(-1)

    return dict(noise_shape=list(mean.shape), sample=sample, log_probability=log_probability, entropy=entropy)


def imagine(world, stoch, deter, policy, horizon):
    """§5.1: index 0 = start with a zero action; a_k = policy(sg(feat_{k−1})), (stoch, deter) ← world.step.
    Returns features [H+1, N, F] (F = stoch + deter) and actions [H+1, N, A]."""
    features = [torch.cat([stoch, deter], -1)]
    actions = [stoch.new_zeros(stoch.shape[0], world.actions)]
    for _ in range(horizon):
        action = policy(features[-1].detach())
        stoch, deter = world.step(stoch, deter, action)
        features.append(torch.cat([stoch, deter], -1))
        actions.append(action)
    return torch.stack(features), torch.stack(actions)


def lambda_return(reward, value, discount, lam):
    """§5.3 (TV1): [H+1, N] rewards, target values and discounts → V_0..V_{H−1} [H, N]."""
    horizon = reward.shape[0] - 1
    inputs = reward[:-1] + discount[:-1] * value[1:] * (1 - lam)
    returns, last = [], value[-1]
    for k in reversed(range(horizon)):
        last = inputs[k] + discount[k] * lam * last
        returns.append(last)
    return torch.stack(returns[::-1])


def uniform_like(shape, like):
    return torch.rand(shape, dtype=like.dtype, device=like.device)


class ActorCritic:
    """The behavior learner of plugins/Dreamer.Plugins.Behavior/ActorCritic.cs: imagine H steps from N starts,
    λ-returns with the slow target critic, actor loss (objective 'reinforce', 'dynamics' or 'both' with mix, plus
    η·entropy), critic loss, actor step, critic step, then a copy critic → target every slow_every updates
    (the first at update 1). `world` is a WorldModel or any object with actions, gamma, step, reward_mode and
    continue_probability (None: γ). `draw_uniform(shape, like)` supplies the actor's sampling noise."""

    def __init__(self, actor, critic, target, distribution, actor_opt, critic_opt, horizon, lam, entropy_scale,
                 objective, mix=0.0, slow_every=100, draw_uniform=uniform_like):
        self.actor, self.critic, self.target, self.distribution = actor, critic, target, distribution
        self.actor_opt, self.critic_opt = actor_opt, critic_opt
        self.horizon, self.lam, self.entropy_scale = horizon, lam, entropy_scale
        self.objective, self.mix, self.slow_every, self.draw_uniform = objective, mix, slow_every, draw_uniform
        self.updates = 0
        for p in target.parameters():
            p.requires_grad_(False)

    def policy(self, features):
        pi = self.distribution(self.actor(features.detach()))
        return pi["sample"](self.draw_uniform(pi["noise_shape"], features))

    def losses(self, world, stoch, deter, is_terminal):
        features, drawn = imagine(world, stoch.detach(), deter.detach(), self.policy, self.horizon)  # [H+1, N, .]
        reward = world.reward_mode(features)                                               # [H+1, N]
        gamma = world.gamma
        later = world.continue_probability(features[1:])                                   # [H, N] or None
        if later is None:                                                                  # §5.2: every d_k = γ
            discount = torch.full(features.shape[:-1], gamma, dtype=features.dtype, device=features.device)
        else:
            first = gamma * (1 - is_terminal)[None]                                        # [1, N]
            discount = torch.cat([first, later], 0)                                        # [H+1, N]
        weights = torch.cumprod(torch.cat([torch.ones_like(discount[:1]), discount[:-1]], 0), 0).detach()
        target_value = self.target(features).squeeze(-1)                                   # [H+1, N]
        returns = lambda_return(reward, target_value, discount, self.lam)                  # [H, N]

        pi = self.distribution(self.actor(features[:-2].detach()))
        action = drawn[1:-1] if self.objective == "both" else drawn[1:-1].detach()         # §5.5: only 'reinforce' stops it
        log_probability = pi["log_probability"](action)                                    # [H−1, N]
        entropy = pi["entropy"]()                                                          # [H−1, N]
        if self.objective == "dynamics":
            objective = returns[1:]
        else:
            advantage = (returns[1:] - target_value[:-2]).detach()
            objective = log_probability * advantage
            if self.objective == "both":
                objective = self.mix * returns[1:] + (1 - self.mix) * objective
        actor_loss = -(weights[:-2] * (objective + self.entropy_scale * entropy)).mean()

        value = self.critic(features[:-1].detach()).squeeze(-1)                             # [H, N]
        critic_loss = (weights[:-1] * (0.5 * (value - returns.detach()) ** 2 + HALF_LOG_TWO_PI)).mean()
        return dict(actor_loss=actor_loss, critic_loss=critic_loss, entropy=entropy.detach().mean(),
                    value=value.detach().mean(), lambda_return=returns.detach(), reward=reward.detach().mean(),
                    features=features.detach(), actions=drawn.detach())

    def train(self, world, stoch, deter, is_terminal):
        """§1 step 4(ii)–(iii). Returns the losses' dict plus both pre-clip gradient norms (device tensors)."""
        out = self.losses(world, stoch, deter, is_terminal)
        out["actor_norm"] = self.actor_opt.minimize(out["actor_loss"])
        out["critic_norm"] = self.critic_opt.minimize(out["critic_loss"])
        if self.updates % self.slow_every == 0:
            with torch.no_grad():
                for t, c in zip(self.target.parameters(), self.critic.parameters()):
                    t.copy_(c)
        self.updates += 1
        return out
