using Dreamer.Modules.Threading;
using Dreamer.Tests.Support;
using static TorchSharp.torch;

namespace Dreamer.Modules.Tests.Threading;

/// <summary>The serial section: one thread inside for small steps, the previous count restored after, nothing changed otherwise.</summary>
[Collection(RunsAloneCollection.Name)]
public sealed class SerialSectionTests
{
    [Fact]
    public void ASmallStepRunsOnOneThreadAndTheCountComesBackAfter()
    {
        using var pinned = new PinnedThreads(2);
        var section = SerialSection.Enter(SerialSection.Threshold - 1);
        Assert.Equal(1, get_num_threads());
        section.Dispose();
        Assert.Equal(2, get_num_threads());
        section.Dispose();                                                            // a second dispose changes nothing
        Assert.Equal(2, get_num_threads());
    }

    [Fact]
    public void ALargeStepOrASingleThreadIsLeftAlone()
    {
        using var pinned = new PinnedThreads(2);
        using (SerialSection.Enter(SerialSection.Threshold))
        {
            Assert.Equal(2, get_num_threads());
        }
        set_num_threads(1);
        using (SerialSection.Enter(1))
        {
            Assert.Equal(1, get_num_threads());
        }
        Assert.Equal(1, get_num_threads());
    }
}
