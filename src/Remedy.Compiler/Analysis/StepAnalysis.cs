using System.Collections.Immutable;
using Remedy.Syntax.Language;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Analysis;

/// <summary>What a step does and how long it can take.</summary>
/// <param name="Step">The step.</param>
/// <param name="Option">The option of a <c>choose</c> it belongs to, or null.</param>
/// <param name="Effects">The effects of the actions it calls (read_only when it only queries).</param>
/// <param name="Calls">The actions it calls.</param>
/// <param name="WorstCasePerAttempt">The longest one attempt can take, or null when unknown.</param>
/// <param name="WorstCase">The longest the step can take with every retry and backoff, or null when unknown.</param>
/// <param name="Retries">The declared <c>retry</c> count.</param>
/// <param name="Approvers">The step's <c>approvers</c>, or null.</param>
public sealed record StepAnalysis(StepDecl Step, OptionDecl? Option, ImmutableHashSet<EffectKind> Effects, ImmutableArray<ActionCall> Calls, TimeSpan? WorstCasePerAttempt, TimeSpan? WorstCase, long Retries, long? Approvers)
{
    /// <summary>Whether the step calls a mutating or destructive action.</summary>
    public bool IsMutating => Effects.Contains(EffectKind.Mutating) || Effects.Contains(EffectKind.Destructive);
}
