using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Environments;

namespace Dreamer.Environments.Control;

/// <summary>
/// Pendulum swing-up, a continuous-control task from pixels (the pendulum of Gymnasium's Pendulum-v1, the episode of
/// DMC's pendulum swingup): one action in [−1, 1] scales the torque to ±2; each episode starts at an angle uniform in
/// (−π, π] and an angular velocity uniform in [−1, 1]; the reward is (1 + cos θ)/2 per step, so a return of 1000 is
/// upright throughout. Episodes end after <see cref="PendulumOptions.EpisodeLength"/> steps as last but not terminal
/// (a time limit: dreamerv2.md §7.1, §7.2). Observation buffers are reused between steps.
/// </summary>
[Component("control.pendulum", Summary = "Pendulum swing-up from 64×64 pixels or from its state: one torque action in [-1, 1], reward (1 + cos θ)/2")]
public sealed class Pendulum : IEnvironment
{
    private readonly Random random;
    private readonly int episodeLength;
    private readonly ControlView view;
    private readonly byte[] pixels = [];
    private readonly float[] state = [];
    private readonly Observation observation;
    private double angle;
    private double velocity;
    private int steps;
    private bool running;

    public Pendulum(PendulumOptions options, EnvironmentContext context)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.EpisodeLength, 1);
        random = new Random(unchecked(context.Seed * 1_000_003 + context.Index * 7_919 + options.Seed));
        episodeLength = options.EpisodeLength;
        view = options.View;
        ActionSpace = new BoxSpace([1], ElementType.Float32, -1, 1);
        if (view == ControlView.Image)
        {
            pixels = new byte[PendulumRenderer.Side * PendulumRenderer.Side];
            ObservationSpace = new BoxSpace([1, PendulumRenderer.Side, PendulumRenderer.Side], ElementType.UInt8, 0, 255);
            observation = Observation.FromBytes(pixels);
        }
        else
        {
            state = new float[3];
            ObservationSpace = new BoxSpace([3], ElementType.Float32, -1, 1);
            observation = Observation.FromFloats(state);
        }
    }

    public Space ObservationSpace { get; }

    public Space ActionSpace { get; }

    /// <summary>The angle from upright in (−π, π], radians.</summary>
    public double Angle => angle;

    /// <summary>The angular velocity, radians per second.</summary>
    public double Velocity => velocity;

    public TimeStep Reset()
    {
        angle = PendulumPhysics.Wrap((random.NextDouble() * 2 - 1) * Math.PI);
        velocity = random.NextDouble() * 2 - 1;
        steps = 0;
        running = true;
        return new TimeStep(Render(), 0f, IsFirst: true, IsLast: false, IsTerminal: false);
    }

    public TimeStep Step(ReadOnlySpan<float> action)
    {
        if (!running)
        {
            throw new InvalidOperationException("Step needs an episode in progress: call Reset first (also after a last step).");
        }
        if (action.Length != 1 || !float.IsFinite(action[0]))
        {
            throw new ArgumentException($"The pendulum takes one finite action in [-1, 1]; got {action.Length} element(s).", nameof(action));
        }
        (angle, velocity) = PendulumPhysics.Step(angle, velocity, Math.Clamp(action[0], -1f, 1f) * PendulumPhysics.MaxTorque);
        steps++;
        var last = steps >= episodeLength;
        running = !last;
        return new TimeStep(Render(), (float)PendulumPhysics.Reward(angle), IsFirst: false, IsLast: last, IsTerminal: false);
    }

    public void Dispose() => GC.SuppressFinalize(this);

    private Observation Render()
    {
        if (view == ControlView.Image)
        {
            PendulumRenderer.Render(angle, pixels);
        }
        else
        {
            state[0] = (float)Math.Cos(angle);
            state[1] = (float)Math.Sin(angle);
            state[2] = (float)(velocity / PendulumPhysics.MaxSpeed);
        }
        return observation;
    }
}
