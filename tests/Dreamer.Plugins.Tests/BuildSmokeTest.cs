namespace Dreamer.Plugins.Tests;

public sealed class BuildSmokeTest
{
    [Fact]
    public void TestAssemblyLoads() => Assert.Equal("Dreamer.Plugins.Tests", typeof(BuildSmokeTest).Assembly.GetName().Name);
}
