using Dreamer.Abstractions.Model;

namespace Dreamer.Plugins.Vision;

/// <summary>The [C, H, W] of a grid or image observation, refused with the component's key when it has another rank.</summary>
internal static class GridShape
{
    public static (int Channels, int Height, int Width) Of(ObservationShape observation, string component)
    {
        if (observation.Dimensions.Count != 3)
        {
            throw new ArgumentException($"{component} needs grid observations [C, H, W]; got {observation}.", nameof(observation));
        }
        return (observation.Dimensions[0], observation.Dimensions[1], observation.Dimensions[2]);
    }
}
