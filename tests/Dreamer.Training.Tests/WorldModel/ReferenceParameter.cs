namespace Dreamer.Training.Tests.WorldModels;

/// <summary>One parameter of the PyTorch reference model: name and shape, in named_parameters() order.</summary>
internal sealed record ReferenceParameter(string Name, IReadOnlyList<long> Shape);
