using System.Text;
using Remedy.LanguageServer.Analysis;
using Remedy.Syntax.Language;
using Remedy.Syntax.Tree;

namespace Remedy.LanguageServer.Features.Hover;

/// <summary>The Markdown a hover shows for a symbol: its signature, doc comment and the safety facts that matter for it.</summary>
internal static class HoverContent
{
    public static string For(Symbol symbol, DocumentContext document, Compiler.Compilation? compilation)
    {
        // The compiler's analysis is the authority on bounds and worst cases; the syntax-only
        // computation stands in for files the compilation does not hold.
        var model = compilation is not null && symbol.Source is { } declaring && compilation.AllTrees.Any(t => ReferenceEquals(t, declaring.Tree))
            ? compilation.GetSemanticModel(declaring.Tree)
            : null;
        var text = new StringBuilder();
        var resolver = document.Resolver;
        switch (symbol.Declaration)
        {
            case ActionDecl action:
                Code(text, SymbolDisplay.Signature(action));
                Doc(text, symbol.Documentation);
                text.Append("\n\n").Append(SymbolDisplay.ActionFacts(action));
                Module(text, symbol);
                break;
            case QueryDecl query:
                Code(text, SymbolDisplay.Signature(query));
                Doc(text, symbol.Documentation);
                text.Append("\n\n**read-only**");
                if (query.Clauses.OfType<MaxResultsClause>().FirstOrDefault() is { Count: IntLiteral max }) text.Append($" · returns at most {max.Value:N0}");
                Module(text, symbol);
                break;
            case ResourceDecl resource:
                Code(text, $"resource {resource.Name.Name} {{\n" + string.Concat(resource.Fields.Select(f => $"    {f.Name.Name}: {f.Type}\n")) + "}");
                Doc(text, symbol.Documentation);
                Module(text, symbol);
                break;
            case PlaybookDecl playbook:
                Code(text, $"playbook {playbook.Name.Name}");
                Doc(text, symbol.Documentation);
                if (model?.GetPlaybookAnalysis(playbook) is { } analysis)
                {
                    text.Append($"\n\n**autonomy ceiling** `{LanguageNames.Name(analysis.HighestAutonomy)}` · **worst-case duration** ")
                        .Append(analysis.WorstCase is { } worst ? SymbolDisplay.Format(worst) : "unbounded")
                        .Append(analysis.Timeout is { } limit ? (analysis.WorstCase > limit ? $", which exceeds `timeout {SymbolDisplay.Format(limit)}`" : $" of `timeout {SymbolDisplay.Format(limit)}`") : "")
                        .Append(analysis.WorstCaseBreakdown.Length > 0 ? $"\n\n{analysis.WorstCaseBreakdown}" : "");
                }
                else
                {
                    var (total, detail) = PlaybookFacts.WorstCaseDuration(resolver, symbol.Source!, playbook);
                    text.Append($"\n\n**autonomy ceiling** `{PlaybookFacts.AutonomyCeiling(playbook)}` · **worst-case duration** ")
                        .Append(total is null ? $"unbounded: {detail}" : detail);
                }
                break;
            case SimulationDecl simulation:
                Code(text, SymbolDisplay.Signature(simulation));
                Doc(text, symbol.Documentation);
                break;
            case LetStatement let:
                var type = resolver.TypeOfSymbol(symbol);
                Code(text, $"let {let.Name.Name}" + (type is null ? "" : $": {type}"));
                if (type?.Element is not null)
                {
                    var (bound, reason) = model?.GetBound(let.Value) is { } computed ? (computed.Value, computed.Reason) : TargetBounds.Of(resolver, symbol.Source!, let.Value);
                    text.Append("\n\n").Append(bound is { } b ? $"**targets** at most {b:N0} ({reason})" : $"**targets** no static bound ({reason})");
                }
                break;
            case FieldDecl field:
                Code(text, $"{field.Name.Name}: {field.Type}");
                Doc(text, field.Doc?.Text);
                Module(text, symbol);
                break;
            case OptionDecl option:
                Code(text, $"option {option.Name.Name}");
                break;
            case StepDecl step:
                Code(text, $"step {step.Name.Name}" + (step.Title is { } title ? $" {title.RawText}" : ""));
                break;
            case ModuleDecl module:
                Code(text, $"module {module.Name.Text}");
                var members = document.Modules.Declarations(module.Name.Text).ToList();
                text.Append($"\n\n{members.Count(m => m.Declaration is ActionDecl)} actions, {members.Count(m => m.Declaration is QueryDecl)} queries, {members.Count(m => m.Declaration is ResourceDecl)} resources");
                break;
            default:
                if (symbol.Category == SymbolCategory.Alert)
                {
                    Code(text, "alert");
                    text.Append("\n\nThe alert that triggered the playbook: ").Append(string.Join(", ", AlertFields.All.Select(f => $"`{f.Name}`")));
                }
                else if (symbol.Category == SymbolCategory.AlertField)
                {
                    var field = AlertFields.All.First(f => f.Name == symbol.Name);
                    Code(text, $"alert.{field.Name}: {field.Type}");
                    text.Append("\n\n").Append(field.Doc);
                }
                else
                {
                    Code(text, $"{symbol.Name}" + (resolver.TypeOfSymbol(symbol) is { } valueType ? $": {valueType}" : ""));
                }
                break;
        }
        return text.ToString();
    }

    private static void Code(StringBuilder text, string code) => text.Append("```remedy\n").Append(code).Append("\n```");

    private static void Doc(StringBuilder text, string? doc)
    {
        if (!string.IsNullOrWhiteSpace(doc)) text.Append("\n\n").Append(doc.Trim());
    }

    private static void Module(StringBuilder text, Symbol symbol)
    {
        if (symbol.Source is { ModuleName.Length: > 0 } source) text.Append($"\n\n*module `{source.ModuleName}`*");
    }
}
