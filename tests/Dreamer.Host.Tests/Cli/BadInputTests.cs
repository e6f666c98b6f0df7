namespace Dreamer.Host.Tests.Cli;

/// <summary>
/// Every command refuses an unknown option, a missing argument and a bad value (wrong type or out of range) in one
/// line that names the problem followed by the command's usage, with exit code 2 and no stack trace, before it does
/// anything; a value only the command can check (a missing file or folder) gets the one line alone.
/// </summary>
public sealed class BadInputTests
{
    [Theory]
    [InlineData("Unknown command 'trian'", "trian")]
    [InlineData("Unknown command 'rn'", "matrix", "rn")]
    [InlineData("Unknown option 'bogus'", "validate", "compositions/default.yaml", "--bogus")]
    [InlineData("missing required argument 'FILE'", "validate")]
    [InlineData("Unknown option 'bogus'", "components", "--bogus")]
    [InlineData("Unknown option 'bogus'", "summary", "compositions/default.yaml", "--bogus")]
    [InlineData("missing required argument 'FILE'", "summary")]
    [InlineData("Unknown option 'bogus'", "env", "rollout", "minatar.breakout", "--bogus")]
    [InlineData("missing required argument 'KEY'", "env", "rollout")]
    [InlineData("--episodes: -5 is not allowed; allowed: 1 or more", "env", "rollout", "minatar.breakout", "--episodes", "-5")]
    [InlineData("--episodes: 'abc' is not allowed; allowed: a whole number", "env", "rollout", "minatar.breakout", "--episodes", "abc")]
    [InlineData("--seed: -1 is not allowed; allowed: 0 or more", "env", "rollout", "minatar.breakout", "--seed", "-1")]
    [InlineData("Unknown option 'bogus'", "env", "check", "minatar.breakout", "--bogus")]
    [InlineData("missing required argument 'KEY'", "env", "check")]
    [InlineData("--steps: 0 is not allowed; allowed: 1 or more", "env", "check", "minatar.breakout", "--steps", "0")]
    [InlineData("--steps: 'abc' is not allowed; allowed: a whole number", "env", "check", "minatar.breakout", "--steps", "abc")]
    [InlineData("--seed: -1 is not allowed; allowed: 0 or more", "env", "check", "minatar.breakout", "--seed", "-1")]
    [InlineData("Unknown option 'bogus'", "train", "--bogus")]
    [InlineData("--seed: needs a value", "train", "--seed")]
    [InlineData("--seed: -1 is not allowed; allowed: 0 or more", "train", "--seed", "-1")]
    [InlineData("--seed: 'abc' is not allowed; allowed: a whole number", "train", "--seed", "abc")]
    [InlineData("--steps: 0 is not allowed; allowed: 1 or more", "train", "--steps", "0")]
    [InlineData("Unknown option 'bogus'", "resume", "runs/r", "--bogus")]
    [InlineData("missing required argument 'RUNDIR'", "resume")]
    [InlineData("--use: 'neither' is not allowed; allowed: checkpoint, file", "resume", "runs/r", "other.yaml", "--use", "neither")]
    [InlineData("--use file: needs a FILE to choose between", "resume", "runs/r", "--use", "file")]
    [InlineData("Unknown option 'bogus'", "eval", "runs/r", "--bogus")]
    [InlineData("missing required argument 'RUNDIR'", "eval")]
    [InlineData("--episodes: -5 is not allowed; allowed: 1 or more", "eval", "runs/r", "--episodes", "-5")]
    [InlineData("--seed: -1 is not allowed; allowed: 0 or more", "eval", "runs/r", "--seed", "-1")]
    [InlineData("Unknown option 'bogus'", "matrix", "plan", "m.yaml", "--bogus")]
    [InlineData("missing required argument 'FILE'", "matrix", "plan")]
    [InlineData("Unknown option 'bogus'", "matrix", "run", "m.yaml", "--bogus")]
    [InlineData("missing required argument 'FILE'", "matrix", "run")]
    [InlineData("--parallel: 0 is not allowed; allowed: 1 or more", "matrix", "run", "m.yaml", "--parallel", "0")]
    [InlineData("--backend: 'cloud' is not a backend; allowed: local, slurm", "matrix", "run", "m.yaml", "--backend", "cloud")]
    [InlineData("Unknown option 'bogus'", "matrix", "run-cell", "runs/m", "0", "--bogus")]
    [InlineData("missing required argument 'INDEX'", "matrix", "run-cell", "runs/m")]
    [InlineData("argument: 'x' is not allowed; allowed: a whole number", "matrix", "run-cell", "runs/m", "x")]
    [InlineData("INDEX: -1 is not allowed; allowed: 0 or more", "matrix", "run-cell", "runs/m", "-1")]
    [InlineData("Unknown option 'bogus'", "matrix", "status", "runs/m", "--bogus")]
    [InlineData("missing required argument 'DIR'", "matrix", "status")]
    [InlineData("--lines: -1 is not allowed; allowed: 0 or more", "matrix", "status", "runs/m", "--lines", "-1")]
    [InlineData("Unknown option 'bogus'", "matrix", "report", "runs/m", "--bogus")]
    [InlineData("missing required argument 'DIR'", "matrix", "report")]
    [InlineData("--reps: 0 is not allowed; allowed: 1 or more", "matrix", "report", "runs/m", "--reps", "0")]
    [InlineData("--last: 0 is not allowed; allowed: 1 or more", "matrix", "report", "runs/m", "--last", "0")]
    [InlineData("Unknown option 'bogus'", "matrix", "export", "runs/m", "--bogus")]
    [InlineData("missing required argument 'DIR'", "matrix", "export")]
    [InlineData("--last: 0 is not allowed; allowed: 1 or more", "matrix", "export", "runs/m", "--last", "0")]
    public void ABadCommandLineIsRefusedInOneLineAndTheCommandsUsageWithExitCode2(string message, params string[] args)
    {
        var (exit, output) = CommandLine.Run(args);

        Assert.True(exit == 2, $"exit code {exit}: {output}");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("error: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(message, lines[0], StringComparison.Ordinal);
        Assert.StartsWith("usage: dreamer ", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such.yaml: the file does not exist", "validate", "no-such.yaml")]
    [InlineData("no-such.yaml: the file does not exist", "summary", "no-such.yaml")]
    [InlineData("no-such.yaml: the file does not exist", "train", "no-such.yaml")]
    [InlineData("no-such-run is not a run folder: it has no resolved.yaml.", "resume", "no-such-run")]
    [InlineData("no-such-run holds no checkpoint to evaluate", "eval", "no-such-run")]
    [InlineData("no-such-dir is not a matrix folder: matrix.json is missing", "matrix", "status", "no-such-dir")]
    public void ABadValueTheCommandFindsIsRefusedInOneLineWithExitCode2(string message, params string[] args)
    {
        var (exit, output) = CommandLine.Run(args);

        Assert.True(exit == 2, $"exit code {exit}: {output}");
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(message, line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("usage: dreamer train [FILE] [OPTIONS]", "train", "--bogus")]
    [InlineData("usage: dreamer resume <RUNDIR> [FILE] [OPTIONS]", "resume", "runs/r", "--bogus")]
    [InlineData("usage: dreamer matrix plan <FILE> [OPTIONS]", "matrix", "plan")]
    [InlineData("usage: dreamer env rollout <KEY> [OPTIONS]", "env", "rollout", "minatar.breakout", "--episodes", "-5")]
    [InlineData("usage: dreamer env check <KEY> [OPTIONS]", "env", "check", "minatar.breakout", "--steps", "0")]
    [InlineData("usage: dreamer matrix [OPTIONS] <COMMAND>; commands: plan, run, run-cell, status, report, export", "matrix", "rn")]
    [InlineData("usage: dreamer [OPTIONS] <COMMAND>; commands: validate, components, summary, env, train, resume, eval, openloop, matrix", "trian")]
    public void TheUsageAfterARefusalIsTheCommandsOwn(string usage, params string[] args)
    {
        var (_, output) = CommandLine.Run(args);

        Assert.Equal(usage, output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1]);
    }

    [Theory]
    [InlineData("env", "usage: dreamer env [OPTIONS] <COMMAND>; commands: rollout, check")]
    [InlineData("matrix", "usage: dreamer matrix [OPTIONS] <COMMAND>; commands: plan, run, run-cell, status, report, export")]
    public void ABranchWithoutACommandIsRefusedWithItsCommands(string branch, string usage)
    {
        var (exit, output) = CommandLine.Run(branch);

        Assert.Equal(2, exit);
        Assert.Equal($"error: 'dreamer {branch}' needs a command\n{usage}\n", output);
    }
}
