using System.Runtime.InteropServices;
using Dreamer.Training.Logging;
using Dreamer.Training.Native;

namespace Dreamer.Training.Tests.Native;

[Collection(RunsAloneCollection.Name)]
public sealed class NativeHeapTests
{
    private const int BlockBytes = 4 * 1024 * 1024;

    [Fact]
    public void AFreedBlockStaysResident()
    {
        Assert.True(NativeHeap.KeepFreedMemory(), "mallopt is applied on Linux (glibc)");

        // On a thread of its own, which glibc gives an arena no live thread is using (a free one, else a new one), so the
        // block is not carved from a busy arena's further heap: glibc unmaps such a heap whole once it is empty.
        double held = 0, afterFree = 0;
        var thread = new Thread(() =>
        {
            var block = Marshal.AllocHGlobal(BlockBytes);                    // malloc
            for (var offset = 0; offset < BlockBytes; offset += 4096) Marshal.WriteByte(block, offset, 1);
            held = ProcessMemory.ResidentMebibytes();
            Marshal.FreeHGlobal(block);
            afterFree = ProcessMemory.ResidentMebibytes();
        });
        thread.Start();
        thread.Join();

        // Served from the heap and kept when freed, the block's pages stay resident for the next allocation. glibc's
        // default maps a 4 MiB block on its own and unmaps it on free: the resident set then falls by 4 MiB.
        Assert.True(held - afterFree < 1, $"resident set {held:F1} → {afterFree:F1} MiB when a 4 MiB block was freed");
    }

    [Fact]
    public void TheVariableLeavesGlibcAlone()
    {
        Environment.SetEnvironmentVariable(NativeHeap.Variable, "default");
        try
        {
            Assert.False(NativeHeap.KeepFreedMemory());
        }
        finally
        {
            Environment.SetEnvironmentVariable(NativeHeap.Variable, null);
        }
    }
}
