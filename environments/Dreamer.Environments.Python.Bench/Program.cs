using System.Diagnostics;
using System.Globalization;
using Dreamer.Abstractions.Environments;
using Dreamer.Environments.Control;
using Dreamer.Environments.Python;

// Usage: Dreamer.Environments.Python.Bench PYTHON ID [SECONDS] [N] [KWARG...]
// Steps per second of control.pendulum (vector view, in process), of python.gymnasium on ID (one server per
// environment), of N environments of ID in one server through BridgeClient (one batched step for all N), and of N
// servers stepped one at a time and pipelined (every step begun before any is awaited, as the driver does).
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Dreamer.Environments.Python.Bench PYTHON ID [SECONDS] [N] [KWARG...]");
    return 2;
}
var options = new PythonEnvironmentOptions { Python = args[0], Id = args[1], Kwargs = args.Skip(4).ToList() };
var seconds = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 3.0;
var count = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 8;

using (var pendulum = new Pendulum(new PendulumOptions { View = ControlView.Vector }, new EnvironmentContext(0)))
    Report("control.pendulum (vector, in process)", Rate(() => pendulum.Reset(), () => pendulum.Step([0.5f]).IsLast, seconds), 1);
using (var single = new GymnasiumEnvironment(options, new EnvironmentContext(0)))
    Report("python.gymnasium, 1 environment per server", Rate(() => single.Reset(), () => single.Step([1f]).IsLast, seconds), 1);
using (var client = BridgeClient.Start("gymnasium", options, [.. Enumerable.Range(0, count).Select(i => (long)i)]))
{
    var actions = Enumerable.Repeat(1f, count).ToArray();
    var everyone = Enumerable.Range(0, count).ToArray();
    Report($"BridgeClient, {count} environments in one server", Rate(() => client.Reset(everyone), () => client.Step(actions).IsLast[0], seconds), count);
}
var servers = Enumerable.Range(0, count).Select(i => new GymnasiumEnvironment(options, new EnvironmentContext(0, i))).ToList();
try
{
    void ResetAll() => servers.ForEach(server => server.Reset());
    Report($"{count} servers stepped one at a time", Rate(ResetAll, () => servers.Select(server => server.Step([1f]).IsLast).ToList()[0], seconds), count);
    Report($"{count} servers pipelined", Rate(ResetAll, () =>
    {
        servers.ForEach(server => server.BeginStep([1f]));
        return servers.Select(server => server.EndStep().IsLast).ToList()[0];
    }, seconds), count);
}
finally
{
    servers.ForEach(server => server.Dispose());
}
return 0;

static double Rate(Action reset, Func<bool> step, double seconds)
{
    reset();
    for (var i = 0; i < 200; i++)
        if (step()) reset();
    var steps = 0;
    var clock = Stopwatch.StartNew();
    while (clock.Elapsed.TotalSeconds < seconds)
    {
        if (step()) reset();
        steps++;
    }
    return steps / clock.Elapsed.TotalSeconds;
}

static void Report(string what, double stepsPerSecond, int environments) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{what}: {stepsPerSecond:N0} steps/s ({1e6 / stepsPerSecond:N1} µs a step), {stepsPerSecond * environments:N0} environment steps/s"));
