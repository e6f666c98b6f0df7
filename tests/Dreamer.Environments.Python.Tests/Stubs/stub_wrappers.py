"""Wrappers for the `wrappers` option, numpy-only: each is callable(env, **kwargs) and returns an environment."""
import numpy as np


class Wrapper:
    def __init__(self, env):
        self.env = env
        self.observation_space, self.action_space = env.observation_space, env.action_space

    def reset(self, seed=None):
        return self.env.reset(seed=seed)

    def step(self, action):
        return self.env.step(action)


class ScaleReward(Wrapper):
    """Multiplies every reward by `scale`."""

    def __init__(self, env, scale=1.0):
        super().__init__(env)
        self.scale = scale

    def step(self, action):
        observation, reward, terminated, truncated, info = self.env.step(action)
        return observation, reward * self.scale, terminated, truncated, info


class OffsetReward(Wrapper):
    """Adds `offset` to every reward."""

    def __init__(self, env, offset=0.0):
        super().__init__(env)
        self.offset = offset

    def step(self, action):
        observation, reward, terminated, truncated, info = self.env.step(action)
        return observation, reward + self.offset, terminated, truncated, info


class Crop(Wrapper):
    """Keeps the first `size` entries of a vector observation; `label` must be a str (checks the value parser)."""

    def __init__(self, env, size, label):
        super().__init__(env)
        if not isinstance(label, str):
            raise TypeError(f"label: expected a str, got {type(label).__name__}")
        space = env.observation_space
        self.size = size
        self.observation_space = type(space)(space.low, space.high, (size,), space.dtype)

    def reset(self, seed=None):
        observation, info = self.env.reset(seed=seed)
        return np.asarray(observation)[: self.size], info

    def step(self, action):
        observation, reward, terminated, truncated, info = self.env.step(action)
        return np.asarray(observation)[: self.size], reward, terminated, truncated, info


class DmScaleReward:
    """A dm_env wrapper: the same environment with every reward multiplied by `scale`."""

    def __init__(self, env, scale=1.0):
        self.env, self.scale = env, scale

    def observation_spec(self):
        return self.env.observation_spec()

    def action_spec(self):
        return self.env.action_spec()

    def reset(self):
        return self.env.reset()

    def step(self, action):
        time_step = self.env.step(action)
        return time_step._replace(reward=time_step.reward * self.scale)
