using Remedy.Learning.Context;
using Remedy.Learning.Snapshots;

namespace Remedy.Learning.Policies;

/// <summary><c>fixed "option"</c>: always the named option; learns nothing. Also the static-runbook baseline.</summary>
public sealed class FixedPolicy : ILearningPolicy
{
    /// <summary>Creates the policy.</summary>
    /// <param name="option">The option to always choose.</param>
    public FixedPolicy(string option)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(option);
        Option = option;
    }

    /// <inheritdoc />
    public string Kind => "fixed";

    /// <summary>The option always chosen.</summary>
    public string Option { get; }

    /// <inheritdoc />
    /// <exception cref="ShieldViolationException">The fixed option is not among the verified ones.</exception>
    public PolicyDecision Select(LearningContext context, VerifiedOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var index = options.IndexOf(Option);
        if (index < 0)
        {
            throw new ShieldViolationException($"Fixed option '{Option}' is not among the verified options ({string.Join(", ", options)}).");
        }

        return options.Decide(index, 1);
    }

    /// <inheritdoc />
    public double ProbabilityOf(LearningContext context, VerifiedOptions options, string option)
    {
        ArgumentNullException.ThrowIfNull(options);
        return option == Option && options.Contains(option) ? 1 : 0;
    }

    /// <inheritdoc />
    public void Update(LearningContext context, string option, double reward, TimeSpan? timeToRecover = null) => Rewards.Validate(reward);

    /// <inheritdoc />
    public PolicySnapshot Snapshot() => new FixedSnapshot(Option);
}
