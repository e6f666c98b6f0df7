namespace Dreamer.Host.Matrix;

/// <summary>
/// The probability of improvement of X over Y (rliable): the average over tasks of
/// <c>P(X_m &gt; Y_n) + ½ P(X_m = Y_n)</c> over all pairs of a run of X and a run of Y on that task, i.e. the
/// Mann–Whitney U statistic divided by <c>m·n</c>.
/// </summary>
public static class ProbabilityOfImprovement
{
    /// <summary>P(X &gt; Y) for score tables <c>x[task][run]</c> and <c>y[task][run]</c> over the same tasks.</summary>
    public static double Of(IReadOnlyList<IReadOnlyList<double>> x, IReadOnlyList<IReadOnlyList<double>> y)
    {
        if (x.Count != y.Count || x.Count == 0) throw new ArgumentException("x and y need the same, non-zero number of tasks");
        var total = 0.0;
        for (var task = 0; task < x.Count; task++)
        {
            if (x[task].Count == 0 || y[task].Count == 0) throw new ArgumentException("every task needs at least one run score on both sides");
            var wins = 0.0;
            foreach (var a in x[task])
                foreach (var b in y[task])
                    wins += a > b ? 1 : a == b ? 0.5 : 0;
            total += wins / (x[task].Count * y[task].Count);
        }
        return total / x.Count;
    }
}
