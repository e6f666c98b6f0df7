namespace Dreamer.Training.Native;

/// <summary>A libtorch folder given to Dreamer is missing or incomplete.</summary>
public sealed class LibTorchFolderException(string message) : Exception(message);
