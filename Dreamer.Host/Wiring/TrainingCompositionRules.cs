using System.Text.RegularExpressions;
using Dreamer.Host.Composition;
using Dreamer.Training.Loop;
using Dreamer.Training.WorldModels;
using FluentValidation;

namespace Dreamer.Host.Wiring;

/// <summary>
/// Rules across the values of a training composition, checked when it loads (before anything is built): the device
/// must be one torch knows, and <c>grad_heads</c> may name only the world model's heads (§4).
/// </summary>
public sealed partial class TrainingCompositionRules : AbstractValidator<ResolvedComposition>
{
    public TrainingCompositionRules()
    {
        RuleFor(composition => composition.Section<TrainingOptions>().Device)
            .Must(device => DevicePattern().IsMatch(device))
            .OverridePropertyName("training.device")
            .WithMessage(composition => $"{composition.Section<TrainingOptions>().Device} is not a device; allowed: cpu, cuda, cuda:N");
        RuleForEach(composition => composition.Section<WorldModelOptions>().GradHeads)
            .Must(head => WorldModelOptions.HeadNames.Contains(head))
            .OverridePropertyName("world_model.grad_heads")
            .WithMessage((_, head) => $"{head} is not a head of the world model; allowed: {string.Join(", ", WorldModelOptions.HeadNames)}");
    }

    [GeneratedRegex(@"^(cpu|cuda|cuda:\d+)$")]
    private static partial Regex DevicePattern();
}
