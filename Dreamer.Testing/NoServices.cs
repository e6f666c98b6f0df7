namespace Dreamer.Testing;

/// <summary>A service provider without services: components get everything from their constructor arguments.</summary>
internal sealed class NoServices : IServiceProvider
{
    public static NoServices Instance { get; } = new();

    public object? GetService(Type serviceType) => null;
}
