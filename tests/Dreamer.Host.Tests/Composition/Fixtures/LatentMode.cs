namespace Dreamer.Host.Tests.Composition.Fixtures;

internal enum LatentMode
{
    StraightThrough,
    Reinforce,
}
