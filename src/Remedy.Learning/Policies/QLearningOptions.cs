namespace Remedy.Learning.Policies;

/// <summary>Parameters of tabular ε-greedy Q-learning.</summary>
public sealed record QLearningOptions
{
    /// <summary>Learning rate α: how far one outcome moves Q towards its target.</summary>
    public double Alpha { get; init; } = 0.1;

    /// <summary>
    /// Discount γ on the next state's value. A remediation episode ends at <c>verify</c>, so the next state is
    /// terminal and γ multiplies 0; it is kept so the seed's parameter set (and a future multi-step form) fit.
    /// </summary>
    public double Gamma { get; init; } = 0.9;

    /// <summary>Exploration probability for a context never updated.</summary>
    public double EpsilonStart { get; init; } = 0.2;

    /// <summary>Factor applied to ε after every update of a context: ε_n = max(min, start × decay^n).</summary>
    public double EpsilonDecay { get; init; } = 0.95;

    /// <summary>The floor ε decays to, so exploration never stops completely.</summary>
    public double EpsilonMin { get; init; } = 0.01;

    /// <summary>Q of an option never tried.</summary>
    public double InitialQ { get; init; }

    internal void Validate()
    {
        static bool Unit(double x) => x is >= 0 and <= 1;
        if (!(Alpha is > 0 and <= 1) || !Unit(Gamma) || !Unit(EpsilonStart) || !(EpsilonDecay is > 0 and <= 1)
            || !Unit(EpsilonMin) || EpsilonMin > EpsilonStart || !double.IsFinite(InitialQ))
        {
            throw new ArgumentOutOfRangeException(nameof(Alpha), "Need α in (0, 1], γ, ε and ε_min in [0, 1] with ε_min <= ε, and decay in (0, 1].");
        }
    }
}
