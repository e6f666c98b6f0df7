using Dreamer.Host.Matrix;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>
/// <c>dreamer matrix plan FILE [--json] [--no-build]</c>: resolves every cell through the real composition loader (and
/// builds its networks on the CPU), prints each cell's differences from the base, the options a swap dropped and the
/// real budget; or every error of every cell at once, exit 2.
/// </summary>
public sealed class MatrixPlanCommand(HostServices services, IAnsiConsole console) : Command<MatrixPlanSettings>
{
    public override int Execute(CommandContext context, MatrixPlanSettings settings, CancellationToken cancellationToken)
    {
        MatrixPlan plan;
        try
        {
            plan = MatrixPlan.Expand(MatrixFileLoader.Load(settings.File));
        }
        catch (MatrixFileException exception)
        {
            MatrixCommandOutput.WriteErrors(console, exception);
            return ExitCodes.InvalidInput;
        }
        var check = new MatrixCheck(services).Check(plan, buildNetworks: !settings.NoBuild);
        if (settings.Json)
        {
            console.Profile.Out.Writer.WriteLine(MatrixCheckJson.Write(check));
            return check.IsValid ? ExitCodes.Success : ExitCodes.InvalidInput;
        }
        if (!check.IsValid)
        {
            MatrixCheckOutput.WriteErrors(console, check);
            return ExitCodes.InvalidInput;
        }
        MatrixCheckOutput.WritePlan(console, plan, check, MatrixCommandOutput.MatrixDirectory(settings.File, settings.Out));
        return ExitCodes.Success;
    }
}
