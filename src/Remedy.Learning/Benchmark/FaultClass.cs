using Remedy.Learning.Context;

namespace Remedy.Learning.Benchmark;

/// <summary>One kind of incident in a benchmark scenario.</summary>
/// <param name="Name">A short name, e.g. <c>checkout-memory</c>.</param>
/// <param name="Features">The features its incidents carry (alert name, service).</param>
/// <param name="Options">The remedies in runbook order (the static-runbook baseline always runs the first verified one).</param>
/// <param name="HeldOut">When true the case base holds no incident of this class (a cold start for case-based learners).</param>
/// <param name="SuccessAfterDrift">Each option's success probability after the scenario's drift point, when it drifts.</param>
public sealed record FaultClass(
    string Name,
    IReadOnlyList<FeatureValue> Features,
    IReadOnlyList<SimulatedOption> Options,
    bool HeldOut,
    IReadOnlyList<double>? SuccessAfterDrift = null)
{
    /// <summary>The success probability of option <paramref name="index"/> before or after the drift point.</summary>
    /// <param name="index">The option's index in <see cref="Options"/>.</param>
    /// <param name="drifted">Whether the drift point has passed.</param>
    /// <returns>The probability.</returns>
    public double SuccessOf(int index, bool drifted) =>
        drifted && SuccessAfterDrift is { } after ? after[index] : Options[index].Success;

    /// <summary>The index of the verified option with the highest success probability.</summary>
    /// <param name="drifted">Whether the drift point has passed.</param>
    /// <returns>The index in <see cref="Options"/>.</returns>
    public int BestVerified(bool drifted)
    {
        var best = -1;
        for (var i = 0; i < Options.Count; i++)
        {
            if (Options[i].Verified && (best < 0 || SuccessOf(i, drifted) > SuccessOf(best, drifted)))
            {
                best = i;
            }
        }

        return best;
    }
}
