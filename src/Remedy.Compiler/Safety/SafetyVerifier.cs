using System.Collections.Immutable;
using Remedy.Syntax.Diagnostics;

namespace Remedy.Compiler.Safety;

/// <summary>Runs every safety rule, in code order.</summary>
internal static class SafetyVerifier
{
    /// <summary>The rules, one per code.</summary>
    public static ImmutableArray<ISafetyRule> Rules { get; } =
    [
        new MissingRollbackRule(), new IrreversibleAtAutonomousRule(), new RiskExceedsAutonomyRule(), new MissingBlastRadiusRule(),
        new TargetBoundRule(), new TargetScopeRule(), new MissingCircuitBreakerRule(), new MissingVerifyRule(),
        new TimeoutRule(), new ObserveOnlyRule(), new InvalidRollbackRule(), new SecretLiteralRule(),
        new OverlappingPlaybooksRule(), new UnboundedSelectorRule(), new ResolvedTriggerRule(), new UnboundedWaitRule(),
    ];

    public static ImmutableArray<Diagnostic> Verify(SafetyContext context) => [.. Rules.SelectMany(r => r.Check(context))];
}
