using System.Collections.Immutable;

namespace Remedy.Syntax.Language;

/// <summary>
/// The parameters each learning policy takes in <c>choose remedy by policy(name: value, ...)</c>. Only parameters
/// the runtime honours are listed; the ranges are those the runtime's policy options accept.
/// </summary>
public static class PolicyParameters
{
    private static readonly ImmutableArray<PolicyParameter> Thompson =
    [
        new("prior", PolicyParameterType.Prior, 0, false, double.PositiveInfinity, false, "[1, 1]",
            "The Beta prior [α, β] every option starts from: α pseudo-successes and β pseudo-failures. [1, 1] is uniform; [9, 1] expects success until outcomes say otherwise."),
        new("commit", PolicyParameterType.Fraction, 0.5, false, 1, true, "95%",
            "Once the posterior probability that the leading option is the best reaches this confidence, it is run outright instead of sampled."),
        new("warm_start", PolicyParameterType.Bool, 0, true, 1, true, "false",
            "Whether a context seen for the first time starts from the similar past cases in the case base."),
        new("discount", PolicyParameterType.Fraction, 0, false, 1, true, "1",
            "Forgetting factor: before each update, evidence beyond the prior is multiplied by it, so about 1 / (1 - discount) recent outcomes count. 1 never forgets."),
    ];

    private static readonly ImmutableArray<PolicyParameter> QLearning =
    [
        new("alpha", PolicyParameterType.Fraction, 0, false, 1, true, "0.1", "Learning rate α: how far one outcome moves Q towards its target."),
        new("gamma", PolicyParameterType.Fraction, 0, true, 1, true, "0.9", "Discount γ on the next state's value."),
        new("epsilon", PolicyParameterType.Fraction, 0, true, 1, true, "0.2", "Exploration probability ε for a context never updated."),
        new("decay", PolicyParameterType.Fraction, 0, false, 1, true, "0.95", "Factor applied to ε after every update of a context (ε never goes below 0.01, or below ε itself when smaller)."),
    ];

    private static readonly ImmutableArray<PolicyParameter> Ucb =
    [
        new("c", PolicyParameterType.Number, 0, true, double.PositiveInfinity, false, "1", "Exploration multiplier c of the bonus c·√(2 ln N / n); 1 is textbook UCB1, 0 never explores."),
    ];

    private static readonly ImmutableArray<PolicyParameter> Cases =
    [
        new("k", PolicyParameterType.Count, 1, true, double.PositiveInfinity, false, "10", "How many nearest past cases are retrieved to score the options."),
    ];

    /// <summary>The parameters a policy takes, in documentation order; none for <c>fixed</c>.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The parameters.</returns>
    public static ImmutableArray<PolicyParameter> For(PolicyKind policy) => policy switch
    {
        PolicyKind.Thompson => Thompson,
        PolicyKind.QLearning => QLearning,
        PolicyKind.Ucb => Ucb,
        PolicyKind.Cases => Cases,
        _ => [],
    };

    /// <summary>A policy's parameter by name, or null.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="name">The parameter name.</param>
    /// <returns>The parameter, or null when the policy has none of that name.</returns>
    public static PolicyParameter? Find(PolicyKind policy, string name) => For(policy).FirstOrDefault(p => p.Name == name);
}
