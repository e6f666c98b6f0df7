using System.Text.RegularExpressions;
using Dreamer.Tests.Support;

namespace Dreamer.Training.Tests.Update;

/// <summary>
/// The source of the update path must not read the device on the host. A text scan over the world model, RSSM,
/// training step, the contract checks around the components (Dreamer.Training/Contracts), every file of Dreamer.Modules (layers, distributions, optimizer) and of our plugins (encoders and
/// decoders including the convolutional ones, latents, dynamics cells, KL schemes, behavior learner), and the body of
/// <c>MetricsAccumulator.Add</c>, for the calls that copy device values to the host: <c>item</c>, <c>ToSingle</c> and
/// the other <c>ToXxx</c> conversions, <c>data&lt;T&gt;</c>, <c>cpu()</c>, <c>to(CPU)</c>, <c>bytes</c>,
/// <c>synchronize</c>. It cannot see explicit casts such as <c>(float)tensor</c> or <c>tensor.ToScalar()</c> (C# text
/// does not say which operand is a tensor). A run-time check on the meta device was tried and is not possible with
/// libtorch 2.10's C++ kernels: convolution, layer norm and <c>where</c> have no meta implementation there.
/// <c>BatchStaging</c> is left out on purpose: it writes host buffers and, on CUDA, waits for the previous batch's copy
/// before overwriting pinned memory.
/// </summary>
public sealed class UpdateSourceScanTests
{
    private static readonly Regex HostRead = new(
        @"\.item\s*<|\.item\s*\(|\bTo(Single|Double|Int16|Int32|Int64|Boolean|Half|Byte)\s*\(\s*\)|\.data\s*<|\.cpu\s*\(|\.to\s*\(\s*(CPU|""cpu""|DeviceType\.CPU)|\.bytes\b|\.tolist\s*\(|synchronize\s*\(",
        RegexOptions.Compiled);

    private static readonly string[] HostFiles =
    [
        "Dreamer.Training/Update/TrainingStep.cs",
        "Dreamer.Training/Update/UpdateMetrics.cs",
        "Dreamer.Training/Update/BehaviorUpdateMetrics.cs",
        "Dreamer.Training/WorldModel/WorldModel.cs",
        "Dreamer.Training/WorldModel/WorldModelImagination.cs",
        "Dreamer.Training/WorldModel/Rssm.cs",
    ];

    [Theory]
    [InlineData("var x = loss.item<float>();")]
    [InlineData("if (norm.ToSingle() > clip) scale();")]
    [InlineData("var values = metrics.cpu().data<float>();")]
    [InlineData("var flag = finite.all().ToBoolean();")]
    [InlineData("cuda.synchronize(device);")]
    public void TheScanRecognisesHostReads(string line) => Assert.Matches(HostRead, line);

    [Theory]
    [InlineData("private static readonly Scalar One = 1.0.ToScalar();")]
    [InlineData("var norm = stack(gradients.Select(g => g.square().sum()).ToArray()).sum().sqrt();")]
    [InlineData("return images.reshape([.. leading, EmbedSize]);")]
    public void TheScanLeavesDeviceCodeAlone(string line) => Assert.DoesNotMatch(HostRead, line);

    [Fact]
    public void TheUpdatePathHasNoHostReads()
    {
        var root = RepositoryRoot.Path;
        var files = HostFiles.Select(file => Path.Combine(root, file))
            .Concat(Sources(Path.Combine(root, "Dreamer.Training", "Contracts")))
            .Concat(Sources(Path.Combine(root, "Dreamer.Modules")))
            .Concat(Sources(Path.Combine(root, "plugins")))
            .ToList();
        Assert.All(HostFiles, file => Assert.True(File.Exists(Path.Combine(root, file)), $"{file} moved; update the scan"));
        Assert.Contains(files, file => file.EndsWith("ConvEncoder.cs", StringComparison.Ordinal));
        Assert.Contains(files, file => file.EndsWith("ShapeCheck.cs", StringComparison.Ordinal));
        Assert.Contains(files, file => file.EndsWith("DreamerOptimizer.cs", StringComparison.Ordinal));
        Assert.Contains(files, file => file.EndsWith("ActorCritic.cs", StringComparison.Ordinal));
        var findings = files.SelectMany(file => File.ReadLines(file)
                .Select((line, index) => (line, index))
                .Where(entry => !entry.line.TrimStart().StartsWith("//", StringComparison.Ordinal) && HostRead.IsMatch(entry.line))
                .Select(entry => $"{Path.GetRelativePath(root, file)}:{entry.index + 1}: {entry.line.Trim()}"))
            .Concat(Findings("MetricsAccumulator.Add", MethodBody(Path.Combine(root, "Dreamer.Training/Update/MetricsAccumulator.cs"), "public void Add(")))
            .ToList();
        Assert.True(findings.Count == 0, "host reads on the update path:\n" + string.Join("\n", findings));
    }

    private static IEnumerable<string> Sources(string folder) => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
        .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static IEnumerable<string> Findings(string name, string body) =>
        body.Split('\n').Where(line => HostRead.IsMatch(line)).Select(line => $"{name}: {line.Trim()}");

    /// <summary>The text of the method that starts with <paramref name="signature"/>, up to its closing brace.</summary>
    private static string MethodBody(string file, string signature)
    {
        var text = File.ReadAllText(file);
        var start = text.IndexOf(signature, StringComparison.Ordinal);
        Assert.True(start >= 0, $"{signature} not found in {file}; update the scan");
        var end = text.IndexOf("\n    }\n", start, StringComparison.Ordinal);
        Assert.True(end > start);
        return text[start..end];
    }
}
