using Remedy.Syntax.Text;

namespace Remedy.Compiler.Analysis;

/// <summary>One way the new version of a playbook is riskier than the old one.</summary>
/// <param name="Kind">What got riskier.</param>
/// <param name="Playbook">The playbook's name.</param>
/// <param name="Message">What changed, old and new, in words a reviewer reads.</param>
/// <param name="Path">The new file.</param>
/// <param name="Span">Where in the new file (the changed clause, or the playbook's name).</param>
public sealed record RiskFinding(RiskFindingKind Kind, string Playbook, string Message, string Path, SourceSpan Span)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}({Span.Line},{Span.Column}): {Playbook}: {Message}";
}
