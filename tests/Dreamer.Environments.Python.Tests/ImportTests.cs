using Dreamer.Abstractions.Environments;
using Dreamer.Environments.Python.Protocol;
using Dreamer.Tests.Support;

namespace Dreamer.Environments.Python.Tests;

/// <summary>
/// The <c>imports</c> option (modules imported before the environment is made, as <c>ale_py</c> must be for the ALE
/// ids) and the protocol version both sides check in HELLO.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Slow)]
public sealed class ImportTests
{
    [Fact]
    public void AnImportedModuleProvidesWhatTheIdNamesAndReportsItsVersion()
    {
        var options = new PythonEnvironmentOptions { Python = Stub.Python, Id = "stub_plugin:PluginEnv", Imports = ["json", Stub.Plugin], Timeout = 20 };

        using var env = new GymnasiumEnvironment(options, new EnvironmentContext(1));

        Assert.Equal(new BoxSpace([1, 8, 6], ElementType.UInt8, 0, 255), env.ObservationSpace);
        Assert.Matches(@", gymnasium not imported, json \d+(\.\d+)*, stub_plugin 0\.1$", env.Versions);
    }

    [Fact]
    public void WithoutTheImportTheIdIsNotFound()
    {
        var options = new PythonEnvironmentOptions { Python = Stub.Python, Id = "stub_plugin:PluginEnv", Timeout = 20 };

        var error = Assert.Throws<PythonEnvironmentException>(() => new GymnasiumEnvironment(options, new EnvironmentContext(1)));

        Assert.StartsWith("the Python server refused HELLO: ModuleNotFoundError: No module named 'stub_plugin'\n", error.Message);
    }

    [Fact]
    public void AnImportThatFailsNamesTheModuleOnTheFirstLine()
    {
        var options = Stub.Gym() with { Imports = ["json", "no_such_module_for_dreamer"] };

        var error = Assert.Throws<PythonEnvironmentException>(() => new GymnasiumEnvironment(options, new EnvironmentContext(1)));

        Assert.StartsWith(
            "the Python server refused HELLO: SpecError: imports: cannot import 'no_such_module_for_dreamer': ModuleNotFoundError: No module named 'no_such_module_for_dreamer'\n",
            error.Message);
    }

    [Fact]
    public void AnInterpreterThatEndsDuringHelloIsReportedWithItsLastStderrLineOnTheFirstLine()
    {
        var options = Stub.Gym() with { Imports = [Path.Combine(AppContext.BaseDirectory, "Stubs", "stub_exit.py")] };

        var error = Assert.Throws<BridgeFailureException>(() => new GymnasiumEnvironment(options, new EnvironmentContext(1)));

        Assert.StartsWith("the Python server ended during HELLO (exit code 4); command: /usr/bin/python3 -u ", error.Message);
        Assert.EndsWith("; last stderr line: stub_exit: the interpreter ends here; stderr tail:", error.Message.Split('\n')[0]);
    }

    [Fact]
    public void TheServerRefusesAHelloOfAnotherProtocolVersion()
    {
        using var process = new ServerProcess(Stub.Python, TimeSpan.FromSeconds(20));

        var reply = new PayloadReader(process.Request(new PayloadWriter(MessageType.Hello).UInt32(BridgeClient.ProtocolVersion - 1).ToArray(), "HELLO"));

        Assert.Equal(MessageType.Error, reply.Type(MessageType.Error));
        Assert.Equal($"SpecError: HELLO protocol version: expected {BridgeClient.ProtocolVersion}, got {BridgeClient.ProtocolVersion - 1}", reply.String("message"));
        process.Send(new PayloadWriter(MessageType.Close).ToArray());
    }
}
