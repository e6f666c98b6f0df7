namespace Dreamer.Host.Tests.Composition.Fixtures;

internal enum TestDevice
{
    Cpu,
    Cuda,
}
