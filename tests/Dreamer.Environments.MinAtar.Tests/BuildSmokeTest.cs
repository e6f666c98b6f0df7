namespace Dreamer.Environments.MinAtar.Tests;

public sealed class BuildSmokeTest
{
    [Fact]
    public void TestAssemblyLoads() => Assert.Equal("Dreamer.Environments.MinAtar.Tests", typeof(BuildSmokeTest).Assembly.GetName().Name);
}
