namespace Dreamer.Environments.Control;

/// <summary>What a control task observes: a rendered picture or its physical state.</summary>
public enum ControlView
{
    /// <summary>A grey 64×64 picture, uint8 <c>[1, 64, 64]</c>, as the image presets read.</summary>
    Image,

    /// <summary>The state as float32 numbers in [−1, 1], for the MLP encoder and decoder.</summary>
    Vector,
}
