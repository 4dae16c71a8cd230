using Remedy.Syntax.Tree;

namespace Remedy.Cli.Simulation;

/// <summary>An <c>outcome</c> line: how an option fares, and when.</summary>
/// <param name="Option">The option.</param>
/// <param name="Success">The probability that its <c>verify</c> passes (0–1).</param>
/// <param name="Recovery">Its time to recover.</param>
/// <param name="Condition">When it applies (against the simulated alert); null for always.</param>
/// <param name="Text">The line as written, for the journal.</param>
internal sealed record OutcomeSpec(string Option, double Success, TimeSpan Recovery, Expression? Condition, string Text);
