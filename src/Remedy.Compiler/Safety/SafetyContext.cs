using Remedy.Compiler.Analysis;
using Remedy.Compiler.Binding;
using Remedy.Compiler.Symbols;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Language;
using Remedy.Syntax.Text;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Safety;

/// <summary>What a safety rule sees: the bound trees and the analysis of every playbook.</summary>
internal sealed class SafetyContext(BindingResult binding, CompilationAnalysis analysis, BoundsAnalyzer bounds)
{
    public BindingResult Binding { get; } = binding;
    public CompilationAnalysis Analysis { get; } = analysis;
    public BoundsAnalyzer Bounds { get; } = bounds;
    public IEnumerable<SyntaxTree> Trees => Binding.Files.Keys;

    public static Diagnostic Create(DiagnosticDescriptor descriptor, string path, SourceSpan span, string message, DiagnosticSeverity? severity = null) =>
        new(descriptor, path, span, message, severity ?? descriptor.Severity);

    /// <summary>The source text of a node in backquotes, shortened, for messages.</summary>
    public string Display(SyntaxNode node, string path)
    {
        var tree = Binding.Files.Keys.FirstOrDefault(t => t.Path == path);
        return tree is null ? "`…`" : PlaybookAnalyzer.Display(node, tree);
    }

    /// <summary>How messages name an action call's callee: <c>`k8s.restart_pod`</c>.</summary>
    public string CalleeText(ActionCall call, string path) => Display(call.Call.Callee, path);

    /// <summary>Why the playbook can reach its highest autonomy: "declared" or "promote to ... at line N".</summary>
    public static string AutonomySource(PlaybookAnalysis playbook) =>
        playbook.PromoteItem is { } promote && playbook.PromotedAutonomy > playbook.DeclaredAutonomy
            ? $"'promote to {LanguageNames.Name(playbook.HighestAutonomy)}' at line {promote.Span.Line}"
            : $"'autonomy {LanguageNames.Name(playbook.HighestAutonomy)}'";

    public static string Name(ActionSymbol action) => BoundsAnalyzer.Name(action);
}
