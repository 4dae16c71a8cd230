using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Remedy.Compiler.Repl;
using Remedy.Compiler.Roslyn;
using Remedy.Runtime.Expressions;
using Remedy.Runtime.Values;
using Remedy.Syntax.Diagnostics;

namespace Remedy.Cli.Repl;

/// <summary>
/// One REPL session: each line is checked and lowered by the compiler, emitted as a C# script submission,
/// checked against the playbook API like any generated code, and evaluated with the state of the lines before
/// it. Queries run against dry-run providers. Problems come back as text, never as exceptions.
/// </summary>
public sealed class ReplSession
{
    private static readonly ScriptOptions Options = ScriptOptions.Default
        .WithReferences(typeof(RValue).Assembly)
        .WithImports("System", "System.Linq", "Remedy.Runtime.Expressions", "Remedy.Runtime.Values")
        .WithLanguageVersion(LanguageVersion.CSharp13);

    private readonly DryRunContext context = new();
    private ReplCompiler compiler = ReplCompiler.Empty;
    private ScriptState<object>? state;

    /// <summary>Evaluates one line.</summary>
    /// <param name="line">A Remedy expression or <c>let x = e</c>.</param>
    /// <returns>The value as the language shows it, or the errors.</returns>
    public async Task<string> EvaluateAsync(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return string.Empty;
        }

        var submission = compiler.Compile(line);
        if (!submission.Succeeded)
        {
            return string.Join("\n", submission.Errors.Select(d => $"{d.Severity.ToString().ToLowerInvariant()} {d.Code} (column {d.Span.Column.ToString(CultureInfo.InvariantCulture)}): {d.Message}"));
        }

        var script = state is null
            ? CSharpScript.Create<object>(submission.Code, Options, typeof(ReplGlobals))
            : state.Script.ContinueWith<object>(submission.Code, Options);
        var compilation = (CSharpCompilation)script.GetCompilation();
        var violations = ApiSurfaceCheck.Check(compilation, type => type.ContainingAssembly.IsInteractive || type.Name == nameof(ReplGlobals));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();
        if (violations.Length > 0 || errors.Count > 0)
        {
            // Only a compiler bug gets here: the line passed the front-end.
            return string.Join("\n", violations.Select(v => $"error {v.Descriptor.Code}: {v.What}: {v.Why}")
                .Concat(errors.Select(e => $"error {DiagnosticCatalog.GeneratedCodeError.Code}: {e.Id}: {e.GetMessage(CultureInfo.InvariantCulture)}")));
        }

        try
        {
            context.Answer(submission.DryRunResults);
            state = state is null
                ? await script.RunAsync(new ReplGlobals(context)).ConfigureAwait(false)
                : await script.RunFromAsync(state).ConfigureAwait(false);
            compiler = compiler.Accept(submission);
            return state.ReturnValue is RValue value ? Text.Describe(value) : string.Empty;
        }
        catch (Exception e) when (e is ExpressionException or InvalidOperationException or CompilationErrorException)
        {
            return $"error: {e.Message}";
        }
    }
}
