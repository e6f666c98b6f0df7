namespace Dreamer.Tests.Support;

/// <summary>
/// The trait that sorts the tests into tiers: tests that start processes or train carry
/// <c>[Trait(TestCategory.Name, TestCategory.Slow)]</c>, so <c>dotnet test --filter "Category!=Slow"</c> runs the
/// fast tier alone.
/// </summary>
public static class TestCategory
{
    /// <summary>The trait's name.</summary>
    public const string Name = "Category";

    /// <summary>Tests that start processes or train.</summary>
    public const string Slow = "Slow";
}
