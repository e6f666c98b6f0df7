"""A module for the `imports` option, loaded by its path: it defines `PluginEnv`, which an id `stub_plugin:PluginEnv`
can name only once this module is imported (as importing ale_py registers the ALE ids)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from stub_envs import GymStub  # noqa: E402

__version__ = "0.1"


def PluginEnv(**kwargs):  # noqa: N802 - named like the environment class it returns
    """The grey-image GymStub."""
    return GymStub(obs="grey", **kwargs)
