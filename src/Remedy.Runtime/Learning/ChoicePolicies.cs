using Remedy.Learning.Policies;
using Remedy.Learning.Snapshots;
using Remedy.Runtime.Manifest;

namespace Remedy.Runtime.Learning;

/// <summary>Turns a choice's manifest (policy name and the parameters the playbook wrote) into the learning library's terms.</summary>
public static class ChoicePolicies
{
    /// <summary>The policy and options a choice asks for; parameters the playbook did not write keep the library's defaults.</summary>
    /// <param name="choice">The choice.</param>
    /// <returns>The spec for <see cref="PolicyFactory.Create"/>.</returns>
    public static PolicySpec Spec(ChoiceManifest choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        var s = choice.Settings ?? new PolicySettings();
        return choice.Policy switch
        {
            "thompson" => new PolicySpec(choice.Policy, Thompson: Thompson(s)),
            "q_learning" => new PolicySpec(choice.Policy, QLearning: QLearning(s)),
            "ucb" => new PolicySpec(choice.Policy, Ucb: new UcbOptions { Exploration = s.Exploration ?? new UcbOptions().Exploration }),
            "cases" => new PolicySpec(choice.Policy, Cases: new CaseBasedOptions { Neighbours = s.Neighbours ?? new CaseBasedOptions().Neighbours }),
            _ => new PolicySpec(choice.Policy, choice.FixedOption),
        };
    }

    /// <summary>
    /// A saved state with the options the choice asks for now: what was learned is kept and edited parameters apply
    /// from the next decision on (a new prior applies to contexts not seen yet).
    /// </summary>
    /// <param name="snapshot">The saved state, of the same policy kind as <paramref name="spec"/>.</param>
    /// <param name="spec">What the playbook asks for now.</param>
    /// <returns>The snapshot to restore.</returns>
    public static PolicySnapshot WithOptions(PolicySnapshot snapshot, PolicySpec spec) => snapshot switch
    {
        ThompsonSnapshot t when spec.Thompson is { } o => t with { Options = o },
        QLearningSnapshot q when spec.QLearning is { } o => q with { Options = o },
        UcbSnapshot u when spec.Ucb is { } o => u with { Options = o },
        CaseBasedSnapshot c when spec.Cases is { } o => c with { Options = o },
        _ => snapshot,
    };

    private static ThompsonOptions Thompson(PolicySettings s)
    {
        var defaults = new ThompsonOptions();
        return defaults with
        {
            PriorAlpha = s.PriorAlpha ?? defaults.PriorAlpha,
            PriorBeta = s.PriorBeta ?? defaults.PriorBeta,
            CommitConfidence = s.Commit ?? defaults.CommitConfidence,
            Discount = s.Discount ?? defaults.Discount,
            WarmStart = s.WarmStart is { } warm ? (warm ? new WarmStartOptions() : null) : defaults.WarmStart,
        };
    }

    private static QLearningOptions QLearning(PolicySettings s)
    {
        var defaults = new QLearningOptions();
        var epsilon = s.Epsilon ?? defaults.EpsilonStart;
        return defaults with
        {
            Alpha = s.Alpha ?? defaults.Alpha,
            Gamma = s.Gamma ?? defaults.Gamma,
            EpsilonStart = epsilon,
            EpsilonDecay = s.Decay ?? defaults.EpsilonDecay,
            // The floor may not exceed the start: a playbook asking for less exploration than the floor gets it.
            EpsilonMin = Math.Min(defaults.EpsilonMin, epsilon),
        };
    }
}
