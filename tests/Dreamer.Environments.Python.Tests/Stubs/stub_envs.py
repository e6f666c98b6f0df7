"""numpy-only stand-ins for a Gymnasium and a dm_env environment, with duck-typed spaces and specs."""
import collections
import os
import time

import numpy as np


class Box:
    def __init__(self, low, high, shape, dtype):
        self.low, self.high, self.shape, self.dtype = low, high, tuple(shape), np.dtype(dtype)


class Discrete:
    def __init__(self, n):
        self.n, self.shape, self.dtype = n, (), np.dtype(np.int64)


class DictSpace:
    def __init__(self, spaces):
        self.spaces = spaces


class GymStub:
    """Gymnasium API. obs: vector, image (HWC: 80 c + 6 h + w + steps), grey, dict, echo (the action), complex (unsupported).

    barrier: a folder shared by `parties` stubs in their own servers; each step waits up to barrier_timeout seconds
    until every party has begun the same step, so the stubs step only if their servers are stepped at the same time.
    busy: seconds of computation each step costs, as a simulator's would (for the bridge benchmark).
    """

    def __init__(self, obs="vector", action="discrete", length=10, terminate_at=-1, crash_at=-1, hang_at=-1,
                 barrier="", parties=1, barrier_timeout=20.0, busy=0.0):
        self.obs, self.length, self.terminate_at = obs, length, terminate_at
        self.crash_at, self.hang_at = crash_at, hang_at
        self.barrier, self.parties, self.barrier_timeout, self.calls = barrier, parties, barrier_timeout, 0
        self.busy = busy
        self.rng = np.random.default_rng(0)
        self.action_space = Discrete(3) if action == "discrete" else Box(-2.0, np.array([2.0, 6.0]), (2,), np.float32)
        self.observation_space = {
            "vector": Box(-1.0, 1.0, (3,), np.float64),
            "echo": Box(-10.0, 10.0, (2,), np.float32),
            "image": Box(0, 255, (8, 6, 3), np.uint8),
            "grey": Box(0, 255, (8, 6), np.uint8),
            "dict": DictSpace({"pixels": Box(0, 255, (4, 4, 1), np.uint8), "position": Box(-1.0, 1.0, (2,), np.float32)}),
            "complex": Box(-1.0, 1.0, (2,), np.complex64),
        }[obs]
        self.steps = 0
        print("GymStub built; this line must not reach the wire")

    def observation(self, action=None):
        if self.obs == "echo":
            return np.zeros(2, np.float32) if action is None else np.asarray(action, np.float32)
        if self.obs == "dict":
            return {"pixels": self.rng.integers(0, 256, (4, 4, 1), dtype=np.uint8), "position": self.rng.uniform(-1, 1, 2).astype(np.float32)}
        space = self.observation_space
        if space.dtype == np.uint8:
            height, width = np.indices(space.shape[:2])
            pattern = height * 6 + width + self.steps
            return pattern.astype(np.uint8) if len(space.shape) == 2 else np.stack([pattern + 80 * c for c in range(3)], -1).astype(np.uint8)
        return self.rng.uniform(-1, 1, space.shape)

    def reset(self, seed=None):
        if seed is not None:
            self.rng = np.random.default_rng(seed)
        self.steps = 0
        return self.observation(), {}

    def wait_at_barrier(self):
        self.calls += 1
        open(os.path.join(self.barrier, f"{self.calls}-{os.getpid()}"), "w").close()
        deadline = time.monotonic() + self.barrier_timeout
        while True:
            arrived = sum(name.startswith(f"{self.calls}-") for name in os.listdir(self.barrier))
            if arrived >= self.parties:
                return
            if time.monotonic() > deadline:
                raise RuntimeError(f"barrier: {arrived} of {self.parties} environments began step call {self.calls} within {self.barrier_timeout} s")
            time.sleep(0.002)

    def step(self, action):
        if self.barrier:
            self.wait_at_barrier()
        if self.busy:
            until = time.perf_counter() + self.busy
            while time.perf_counter() < until:
                pass
        self.steps += 1
        if self.steps == self.crash_at:
            os._exit(3)
        if self.steps == self.hang_at:
            time.sleep(3600)
        terminated = self.steps == self.terminate_at
        truncated = not terminated and self.steps >= self.length
        reward = float(self.rng.uniform()) + float(np.sum(action))
        return self.observation(action), reward, terminated, truncated, {}


TimeStep = collections.namedtuple("TimeStep", "step_type reward discount observation")


class Spec:
    def __init__(self, shape, dtype, minimum=None, maximum=None, num_values=None):
        self.shape, self.dtype, self.minimum, self.maximum = tuple(shape), np.dtype(dtype), minimum, maximum
        if num_values is not None:
            self.num_values = num_values


class DmStub:
    """dm_env API: dict observation {position [2] float32, velocity [1] float64}, 4 actions, LAST after length steps."""

    def __init__(self, length=6, final_discount=0.0, seed=0):
        self.length, self.final_discount = length, final_discount
        self.rng = np.random.default_rng(seed)
        self.steps = 0

    def observation_spec(self):
        return {"position": Spec((2,), np.float32, -1.0, 1.0), "velocity": Spec((1,), np.float64, -5.0, 5.0)}

    def action_spec(self):
        return Spec((), np.int64, 0, 3, num_values=4)

    def observation(self):
        return {"position": self.rng.uniform(-1, 1, 2).astype(np.float32), "velocity": self.rng.uniform(-5, 5, 1)}

    def reset(self):
        self.steps = 0
        return TimeStep(0, None, None, self.observation())

    def step(self, action):
        self.steps += 1
        last = self.steps >= self.length
        return TimeStep(2 if last else 1, float(action) + self.rng.uniform(), self.final_discount if last else 1.0, self.observation())
