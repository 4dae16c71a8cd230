namespace Remedy.Learning.Policies;

/// <summary>Parameters of UCB1.</summary>
public sealed record UcbOptions
{
    /// <summary>Multiplier c of the bonus c·√(2 ln N / n); 1 is textbook UCB1.</summary>
    public double Exploration { get; init; } = 1;

    internal void Validate()
    {
        if (!(Exploration >= 0) || !double.IsFinite(Exploration))
        {
            throw new ArgumentOutOfRangeException(nameof(Exploration), "The exploration multiplier must be finite and >= 0.");
        }
    }
}
