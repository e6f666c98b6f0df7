using Dreamer.Host.Cli;
using Dreamer.Training.Native;
using Spectre.Console;

NativeHeap.KeepFreedMemory();
NativeThreads.WaitPassively();                                                  // before libtorch loads
try
{
    var libtorch = LibTorchFolder.Take(ref args);
    if (libtorch is not null) LibTorchFolder.Load(libtorch);
}
catch (LibTorchFolderException exception)
{
    AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {exception.Message}");
    return ExitCodes.InvalidInput;
}

return DreamerApp.Run(DreamerApp.Create(), AnsiConsole.Console, args);
