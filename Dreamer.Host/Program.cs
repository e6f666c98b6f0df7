using Dreamer.Host.Cli;
using Dreamer.Training.Native;
using Spectre.Console;

NativeHeap.KeepFreedMemory();
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

return DreamerApp.Create().Run(args);
