namespace Dreamer.Environments.Control;

/// <summary>
/// The rigid pendulum of Gymnasium's Pendulum-v1: angle θ from upright (radians), angular velocity θ̇, g = 10,
/// m = l = 1, dt = 0.05, |θ̇| ≤ 8, torque u ∈ [−2, 2]. Semi-implicit Euler:
/// θ̇' = clip(θ̇ + (3g/(2l)·sin θ + 3/(m·l²)·u)·dt, −8, 8), θ' = θ + θ̇'·dt.
/// </summary>
internal static class PendulumPhysics
{
    public const double Gravity = 10.0;
    public const double Length = 1.0;
    public const double Mass = 1.0;
    public const double TimeStep = 0.05;
    public const double MaxSpeed = 8.0;
    public const double MaxTorque = 2.0;

    /// <summary>The state after one step of torque <paramref name="torque"/> (clipped to ±<see cref="MaxTorque"/>).</summary>
    public static (double Angle, double Velocity) Step(double angle, double velocity, double torque)
    {
        var u = Math.Clamp(torque, -MaxTorque, MaxTorque);
        var acceleration = 3 * Gravity / (2 * Length) * Math.Sin(angle) + 3.0 / (Mass * Length * Length) * u;
        var nextVelocity = Math.Clamp(velocity + acceleration * TimeStep, -MaxSpeed, MaxSpeed);
        return (Wrap(angle + nextVelocity * TimeStep), nextVelocity);
    }

    /// <summary>The upright reward in [0, 1]: (1 + cos θ) / 2, 1 upright and 0 hanging down.</summary>
    public static double Reward(double angle) => (1 + Math.Cos(angle)) / 2;

    /// <summary><paramref name="angle"/> in (−π, π].</summary>
    public static double Wrap(double angle)
    {
        var wrapped = Math.IEEERemainder(angle, 2 * Math.PI);
        return wrapped <= -Math.PI ? wrapped + 2 * Math.PI : wrapped;
    }
}
