using System.Collections.Immutable;

namespace Remedy.Compiler.Analysis;

/// <summary>The result of comparing two versions: every way the new one is riskier.</summary>
/// <param name="Findings">The findings, by playbook and position.</param>
public sealed record RiskDiffResult(ImmutableArray<RiskFinding> Findings)
{
    /// <summary>Whether the new version is riskier than the old (the CLI exits with 1).</summary>
    public bool IsRiskier => !Findings.IsEmpty;
}
