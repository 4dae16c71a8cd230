namespace Remedy.Learning.Policies;

/// <summary>
/// What a <c>choose remedy by ...</c> clause asks for: the policy's name and its parameters, which the
/// runtime turns into a policy with <see cref="PolicyFactory.Create"/>.
/// </summary>
/// <param name="Kind"><c>thompson</c>, <c>q_learning</c>, <c>ucb</c>, <c>cases</c> or <c>fixed</c>.</param>
/// <param name="FixedOption">The option of <c>fixed "option"</c>.</param>
/// <param name="Thompson">Thompson parameters; defaults when omitted.</param>
/// <param name="QLearning">Q-learning parameters; defaults when omitted.</param>
/// <param name="Ucb">UCB parameters; defaults when omitted.</param>
/// <param name="Cases">Case-based reasoning parameters; defaults when omitted.</param>
public sealed record PolicySpec(
    string Kind,
    string? FixedOption = null,
    ThompsonOptions? Thompson = null,
    QLearningOptions? QLearning = null,
    UcbOptions? Ucb = null,
    CaseBasedOptions? Cases = null);
