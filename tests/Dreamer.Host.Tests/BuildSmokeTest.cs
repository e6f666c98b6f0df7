namespace Dreamer.Host.Tests;

public sealed class BuildSmokeTest
{
    [Fact]
    public void TestAssemblyLoads() => Assert.Equal("Dreamer.Host.Tests", typeof(BuildSmokeTest).Assembly.GetName().Name);
}
