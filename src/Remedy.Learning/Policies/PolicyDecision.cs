namespace Remedy.Learning.Policies;

/// <summary>
/// A policy's choice for one incident and the probability with which the policy makes that choice,
/// which the runtime records so that new policies can be evaluated offline on old runs (inverse propensity).
/// </summary>
/// <remarks>
/// Only <see cref="VerifiedOptions.Decide"/> creates decisions, and it only accepts an index into the verified
/// list: a decision naming an option the compiler did not verify cannot be constructed. That is the shield.
/// </remarks>
public sealed record PolicyDecision
{
    internal PolicyDecision(string option, int index, double probability)
    {
        Option = option;
        Index = index;
        Probability = probability;
    }

    /// <summary>The chosen option's name, always one of the verified options.</summary>
    public string Option { get; }

    /// <summary>The chosen option's position in the verified list.</summary>
    public int Index { get; }

    /// <summary>The probability, in (0, 1], that the policy in its current state chooses this option here.</summary>
    public double Probability { get; }
}
