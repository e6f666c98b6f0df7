"""Dreamer's Python environment server (docs/python-bridge.md).

Runs N environments of one kind (gymnasium or dm_env) and answers the host's frames on stdin/stdout. Needs numpy
and the environment's own library only; gymnasium and dm_env are imported lazily and only for the kind used.
"""
import os
import re
import struct
import sys
import traceback

WIRE = os.fdopen(os.dup(1), "wb")
os.dup2(2, 1)
sys.stdout = sys.stderr

import numpy as np  # noqa: E402

PROTOCOL = 2
HELLO, SPEC, RESET, STEP, STEPS, CLOSE, ERROR = 1, 2, 3, 4, 5, 6, 7
DTYPES = {1: np.uint8, 2: np.float32, 3: np.float64, 4: np.int64, 5: np.bool_, 6: np.int32}
CODES = {np.dtype(v): k for k, v in DTYPES.items()}
DISCRETE, BOX = 0, 1


class SpecError(Exception):
    pass


class Reader:
    def __init__(self, payload):
        self.data, self.at = payload, 0

    def take(self, n, field):
        if self.at + n > len(self.data):
            raise SpecError(f"truncated frame: {field} needs {n} bytes, {len(self.data) - self.at} left")
        chunk = self.data[self.at:self.at + n]
        self.at += n
        return chunk

    def u8(self, field):
        return self.take(1, field)[0]

    def u32(self, field):
        return struct.unpack("<I", self.take(4, field))[0]

    def string(self, field):
        return self.take(self.u32(field), field).decode("utf-8")

    def strings(self, field):
        return [self.string(field) for _ in range(self.u32(field))]

    def array(self, field):
        code = self.u8(field)
        if code not in DTYPES:
            raise SpecError(f"{field}: dtype code {code} is not one of {sorted(DTYPES)}")
        dims = [self.u32(field) for _ in range(self.u8(field))]
        dtype = np.dtype(DTYPES[code])
        size = int(np.prod(dims, dtype=np.int64)) * dtype.itemsize
        return np.frombuffer(self.take(size, field), dtype=dtype).reshape(dims)


def pack_string(text):
    data = text.encode("utf-8")
    return struct.pack("<I", len(data)) + data


def pack_array(values):
    values = np.ascontiguousarray(values)
    header = struct.pack("<BB", CODES[values.dtype], values.ndim) + struct.pack(f"<{values.ndim}I", *values.shape)
    return header + values.tobytes()


def send(kind, body=b""):
    WIRE.write(struct.pack("<IB", len(body) + 1, kind) + body)
    WIRE.flush()


def receive():
    head = sys.stdin.buffer.read(4)
    if len(head) < 4:
        return None
    (length,) = struct.unpack("<I", head)
    payload = sys.stdin.buffer.read(length)
    if len(payload) < length or length == 0:
        raise SpecError(f"truncated frame: expected {length} bytes, got {len(payload)}")
    return payload[0], Reader(payload[1:])


def parse_value(text, seed):
    if text == "{seed}":
        return int(seed)
    for convert in (int, float):
        try:
            return convert(text)
        except ValueError:
            pass
    if text.lower() in ("true", "false"):
        return text.lower() == "true"
    return text


def kwargs_of(pairs, seed):
    result = {}
    for pair in pairs:
        if "=" not in pair:
            raise SpecError(f"kwargs: expected key=value, got '{pair}'")
        key, value = pair.split("=", 1)
        result[key.strip()] = parse_value(value.strip(), seed)
    return result


def load_file(location, field):
    import importlib.util
    spec = importlib.util.spec_from_file_location(os.path.splitext(os.path.basename(location))[0], location)
    if spec is None:
        raise SpecError(f"{field}: cannot load the file '{location}'")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def is_file(location):
    return location.endswith(".py") or os.sep in location


def load_callable(target, field="id"):
    location, name = target.rsplit(":", 1)
    if is_file(location):
        module = load_file(location, field)
    else:
        import importlib
        module = importlib.import_module(location)
    for part in name.split("."):
        module = getattr(module, part)
    return module


def import_all(names):
    """The `imports` option: each a module name or a path/to/file.py, imported before any environment is made."""
    imported = []
    for name in names:
        try:
            if is_file(name):
                module = load_file(name, "imports")
                sys.modules.setdefault(module.__name__, module)
            else:
                import importlib
                module = importlib.import_module(name)
        except Exception as error:  # noqa: BLE001 - the message names the module that failed
            raise SpecError(f"imports: cannot import '{name}': {type(error).__name__}: {error}") from error
        imported.append(module)
    return imported


WRAPPER = re.compile(r"^\s*(?P<target>[^()\s][^()]*):(?P<name>[A-Za-z_][\w.]*)\s*(?:\((?P<arguments>[^()]*)\))?\s*$")
WRAPPER_FORM = "module:callable or path/to/file.py:callable, optionally followed by (key=value, ...)"


def parse_wrapper(entry):
    """One `wrappers` entry: (target, [key=value, ...]), or a SpecError naming the entry and the expected form."""
    match = WRAPPER.match(entry)
    pairs = [] if match is None or not (match["arguments"] or "").strip() else [p.strip() for p in match["arguments"].split(",")]
    if match is None or any(not re.match(r"^[A-Za-z_]\w*\s*=", pair) for pair in pairs):
        raise SpecError(f"wrappers: expected {WRAPPER_FORM}, got '{entry}'")
    return f"{match['target'].strip()}:{match['name']}", pairs


def wrap(env, wrappers, seed):
    """Applies each wrapper in order as callable(env, **kwargs), right after the environment is made."""
    for target, pairs in wrappers:
        env = load_callable(target, "wrappers")(env, **kwargs_of(pairs, seed))
    return env


def is_callable_target(target):
    return ":" in target and all(part.isidentifier() for part in target.rsplit(":", 1)[1].split("."))


def make(kind, target, kwargs):
    if is_callable_target(target):
        return load_callable(target)(**kwargs)
    if kind == "gymnasium":
        import gymnasium
        return gymnasium.make(target, **kwargs)
    raise SpecError(f"id: dm_env expects module:callable or path/to/file.py:callable, got '{target}'")


def bounds_of(space, low_name, high_name):
    low, high = getattr(space, low_name, None), getattr(space, high_name, None)
    low = -np.inf if low is None else float(np.min(low))
    high = np.inf if high is None else float(np.max(high))
    return low, high


class ObservationMap:
    """Turns an environment's observation into Dreamer's: uint8 images CHW, other numbers a float32 vector."""

    def __init__(self, space, image_key, vector_keys, low_name, high_name):
        self.image_key, self.vector_keys = image_key, vector_keys
        entries = getattr(space, "spaces", space if isinstance(space, dict) else None)
        if entries is not None:
            keys = list(entries.keys())
            if image_key and vector_keys:
                raise SpecError(f"observation keys: give image_key or vector_keys, not both (the dict has {keys})")
            if not image_key and not vector_keys:
                raise SpecError(f"observation keys: the observation is a dict with keys {keys}; set image_key or vector_keys")
            for key in [image_key] if image_key else vector_keys:
                if key not in entries:
                    raise SpecError(f"observation key '{key}': expected one of {keys}, not found")
            self.selected = [entries[key] for key in ([image_key] if image_key else vector_keys)]
            self.is_dict = True
        else:
            self.selected, self.is_dict = [space], False
        for key, entry in zip(self.keys(), self.selected):
            dtype = np.dtype(entry.dtype)
            if dtype.kind not in "uifb":
                raise SpecError(f"observation{key} dtype: expected a numeric dtype (uint8, int, float, bool), got {dtype}")
        first = self.selected[0]
        shape = tuple(first.shape)
        self.image = (not self.is_dict or image_key) and np.dtype(first.dtype) == np.uint8 and len(shape) in (2, 3)
        if self.image:
            self.shape = (1,) + shape if len(shape) == 2 else (shape[2], shape[0], shape[1])
            self.dtype, self.low, self.high = np.uint8, 0.0, 255.0
        else:
            self.shape = (sum(int(np.prod(entry.shape, dtype=np.int64)) for entry in self.selected),)
            self.dtype = np.float32
            pairs = [bounds_of(entry, low_name, high_name) for entry in self.selected]
            self.low, self.high = min(p[0] for p in pairs), max(p[1] for p in pairs)

    def keys(self):
        if not self.is_dict:
            return [""]
        return [f" '{key}'" for key in ([self.image_key] if self.image_key else self.vector_keys)]

    def convert(self, observation):
        if self.is_dict:
            parts = [np.asarray(observation[key]) for key in ([self.image_key] if self.image_key else self.vector_keys)]
        else:
            parts = [np.asarray(observation)]
        if self.image:
            image = parts[0].astype(np.uint8, copy=False)
            return image[None] if image.ndim == 2 else image.transpose(2, 0, 1)
        return np.concatenate([part.astype(np.float32).reshape(-1) for part in parts])


class ActionMap:
    """Dreamer's action (an index, or floats in [-1, 1]) to the environment's: offset, or rescaled and clipped."""

    def __init__(self, space, low_name, high_name):
        count = getattr(space, "n", getattr(space, "num_values", None))
        dtype = np.dtype(getattr(space, "dtype", np.int64))
        if count is None and dtype.kind in "iu" and tuple(space.shape) == ():
            count = int(getattr(space, high_name)) - int(getattr(space, low_name)) + 1
            self.start = int(getattr(space, low_name))
        else:
            self.start = int(getattr(space, "start", getattr(space, low_name, 0)) or 0)
        self.dtype = dtype
        if count is not None:
            self.kind, self.count = DISCRETE, int(count)
            return
        if dtype.kind != "f":
            raise SpecError(f"action dtype: expected a discrete space (n) or a float box, got {dtype}")
        self.kind, self.shape = BOX, tuple(space.shape)
        self.low = np.broadcast_to(np.asarray(getattr(space, low_name), np.float64), self.shape).copy()
        self.high = np.broadcast_to(np.asarray(getattr(space, high_name), np.float64), self.shape).copy()
        if not (np.all(np.isfinite(self.low)) and np.all(np.isfinite(self.high))):
            raise SpecError(f"action bounds: expected finite {low_name}/{high_name}, got {self.low.min()} to {self.high.max()}")

    def spec(self):
        if self.kind == DISCRETE:
            return struct.pack("<BI", DISCRETE, self.count)
        return struct.pack("<B", BOX) + pack_array(self.low) + pack_array(self.high)

    def convert(self, action):
        if self.kind == DISCRETE:
            return int(action) + self.start
        unit = np.clip(np.asarray(action, np.float64).reshape(self.shape), -1.0, 1.0)
        return (self.low + (unit + 1.0) / 2.0 * (self.high - self.low)).astype(self.dtype)


class Gymnasium:
    low_name, high_name = "low", "high"

    def __init__(self, env, seed):
        self.env, self.seed = env, seed

    def observation_space(self):
        return self.env.observation_space

    def action_space(self):
        return self.env.action_space

    def reset(self):
        observation, _ = self.env.reset(seed=self.seed) if self.seed is not None else self.env.reset()
        self.seed = None
        return observation, 0.0, True, False, False

    def step(self, action):
        observation, reward, terminated, truncated, _ = self.env.step(action)
        return observation, float(reward), False, bool(terminated or truncated), bool(terminated)

    def close(self):
        getattr(self.env, "close", lambda: None)()


class DmEnv:
    low_name, high_name = "minimum", "maximum"

    def __init__(self, env, seed):
        self.env = env

    def observation_space(self):
        return self.env.observation_spec()

    def action_space(self):
        return self.env.action_spec()

    def reset(self):
        return self.convert(self.env.reset())

    def step(self, action):
        return self.convert(self.env.step(action))

    @staticmethod
    def convert(step):
        kind = int(getattr(step.step_type, "value", step.step_type))
        last = kind == 2
        reward = 0.0 if step.reward is None or kind == 0 else float(np.sum(step.reward))
        discount = 1.0 if step.discount is None else float(np.min(step.discount))
        return step.observation, reward, kind == 0, last, last and discount == 0.0

    def close(self):
        getattr(self.env, "close", lambda: None)()


def versions(kind, imported=()):
    found = [("python", sys.version.split()[0]), ("numpy", np.__version__)]
    module = sys.modules.get("gymnasium" if kind == "gymnasium" else "dm_env")
    found.append((module.__name__ if module else kind, getattr(module, "__version__", "not imported") if module else "not imported"))
    found.extend((m.__name__, str(m.__version__)) for m in imported if hasattr(m, "__version__") and m.__name__ not in dict(found))
    return found


class Server:
    def hello(self, body):
        version = body.u32("HELLO protocol version")
        if version != PROTOCOL:
            raise SpecError(f"HELLO protocol version: expected {PROTOCOL}, got {version}")
        self.kind = body.string("HELLO kind")
        if self.kind not in ("gymnasium", "dm_env"):
            raise SpecError(f"HELLO kind: expected gymnasium or dm_env, got '{self.kind}'")
        target, pairs = body.string("HELLO id"), body.strings("HELLO kwargs")
        imports, wrappers = body.strings("HELLO imports"), [parse_wrapper(entry) for entry in body.strings("HELLO wrappers")]
        image_key, vector_keys = body.string("HELLO image_key"), body.strings("HELLO vector_keys")
        count = body.u32("HELLO environment count")
        seeds = body.array("HELLO seeds")
        if seeds.shape != (count,):
            raise SpecError(f"HELLO seeds: expected shape ({count},), got {seeds.shape}")
        imported = import_all(imports)
        wrapper = Gymnasium if self.kind == "gymnasium" else DmEnv
        self.envs = [wrapper(wrap(make(self.kind, target, kwargs_of(pairs, int(seed))), wrappers, int(seed)), int(seed)) for seed in seeds]
        first = self.envs[0]
        self.observations = ObservationMap(first.observation_space(), image_key, vector_keys, wrapper.low_name, wrapper.high_name)
        self.actions = ActionMap(first.action_space(), wrapper.low_name, wrapper.high_name)
        shape = self.observations.shape
        spec = struct.pack("<BB", CODES[np.dtype(self.observations.dtype)], len(shape)) + struct.pack(f"<{len(shape)}I", *shape)
        spec += struct.pack("<dd", self.observations.low, self.observations.high) + self.actions.spec()
        pairs = versions(self.kind, imported)
        spec += struct.pack("<I", len(pairs)) + b"".join(pack_string(n) + pack_string(v) for n, v in pairs)
        send(SPEC, spec)

    def steps(self, results):
        observations = np.stack([self.observations.convert(r[0]) for r in results])
        columns = [np.array([r[i] for r in results], dtype) for i, dtype in ((1, np.float32), (2, np.bool_), (3, np.bool_), (4, np.bool_))]
        send(STEPS, pack_array(observations) + b"".join(pack_array(c) for c in columns))

    def reset(self, body):
        indices = body.array("RESET indices")
        self.steps([self.envs[int(i)].reset() for i in indices])

    def step(self, body):
        actions = body.array("STEP actions")
        if actions.shape[0] != len(self.envs):
            raise SpecError(f"STEP actions: expected {len(self.envs)} rows, got shape {actions.shape}")
        self.steps([env.step(self.actions.convert(a)) for env, a in zip(self.envs, actions)])

    def run(self):
        handlers = {HELLO: self.hello, RESET: self.reset, STEP: self.step}
        while True:
            frame = receive()
            if frame is None or frame[0] == CLOSE:
                break
            kind, body = frame
            try:
                if kind not in handlers:
                    raise SpecError(f"frame type: expected one of {sorted(handlers)} or {CLOSE}, got {kind}")
                handlers[kind](body)
            except Exception as error:  # noqa: BLE001 - every failure goes back to the host as an ERROR frame
                tail = "".join(traceback.format_exception(type(error), error, error.__traceback__)[-6:])
                send(ERROR, pack_string(f"{type(error).__name__}: {error}") + pack_string(tail))
        for env in getattr(self, "envs", []):
            env.close()


if __name__ == "__main__":
    Server().run()
