namespace Remedy.Runtime.Manifest;

/// <summary>
/// The parameters a playbook wrote for its policy, <c>choose remedy by thompson(prior: [2, 1], commit: 90%)</c>;
/// the compiler checked their ranges. A property left null keeps the policy's default.
/// </summary>
public sealed record PolicySettings
{
    /// <summary>thompson <c>prior</c>: the Beta prior's α.</summary>
    public double? PriorAlpha { get; init; }

    /// <summary>thompson <c>prior</c>: the Beta prior's β.</summary>
    public double? PriorBeta { get; init; }

    /// <summary>thompson <c>commit</c>: the confidence at which the leading option is run outright, in (0.5, 1].</summary>
    public double? Commit { get; init; }

    /// <summary>thompson <c>warm_start</c>: whether unseen contexts start from similar past cases.</summary>
    public bool? WarmStart { get; init; }

    /// <summary>thompson <c>discount</c>: the forgetting factor, in (0, 1].</summary>
    public double? Discount { get; init; }

    /// <summary>q_learning <c>alpha</c>: the learning rate.</summary>
    public double? Alpha { get; init; }

    /// <summary>q_learning <c>gamma</c>: the discount on the next state's value.</summary>
    public double? Gamma { get; init; }

    /// <summary>q_learning <c>epsilon</c>: the starting exploration probability.</summary>
    public double? Epsilon { get; init; }

    /// <summary>q_learning <c>decay</c>: the factor applied to ε after every update.</summary>
    public double? Decay { get; init; }

    /// <summary>ucb <c>c</c>: the exploration multiplier.</summary>
    public double? Exploration { get; init; }

    /// <summary>cases <c>k</c>: how many nearest cases are retrieved.</summary>
    public int? Neighbours { get; init; }
}
