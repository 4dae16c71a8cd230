using Remedy.Compiler.Analysis;
using Remedy.Compiler.Symbols;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Safety;

/// <summary>
/// RMD1014: a <c>selector</c> (or file <c>pattern</c>) argument of "" or "*", or a mutating
/// target list straight from a list query with neither a <c>where</c> nor a <c>take</c>.
/// </summary>
internal sealed class UnboundedSelectorRule : ISafetyRule
{
    private static readonly string[] SelectorParameters = ["selector", "pattern"];

    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.UnboundedSelector;

    public IEnumerable<Diagnostic> Check(SafetyContext context)
    {
        foreach (var (tree, _) in context.Binding.Files)
        {
            foreach (var call in tree.Nodes.OfType<CallExpression>())
            {
                if (context.Binding.CallTargets.GetValueOrDefault(call) is not CallableSymbol callable) continue;
                foreach (var (parameter, value) in BoundsAnalyzer.ArgumentsOf(call, callable))
                {
                    if (!SelectorParameters.Contains(parameter.Name) || value is not StringLiteral { IsConstant: true } literal) continue;
                    var text = literal.Value.Trim();
                    if (text is not ("" or "*")) continue;
                    yield return SafetyContext.Create(Descriptor, tree.Path, value.Span,
                        $"the {parameter.Name} {(text.Length == 0 ? "\"\"" : "\"*\"")} of {BoundsAnalyzer.Name(callable)} matches everything; name what may be touched, e.g. {(parameter.Name == "selector" ? "\"app=checkout\"" : "\"*.log.[0-9]*\"")}");
                }
            }
        }
        foreach (var playbook in context.Analysis.Playbooks)
        {
            foreach (var list in playbook.TargetLists)
            {
                if (!list.Provenance.IsUnfilteredPopulation) continue;
                yield return SafetyContext.Create(Descriptor, playbook.Path, list.Expression.Span,
                    $"{list.Display} acts on everything query {BoundsAnalyzer.Name(list.Provenance.Query!)} returns, with neither `| where` nor `| take`; narrow it with `| where it.<field> == ...` and bound it with `| take n`");
            }
        }
    }
}
