using System.Collections.Immutable;
using System.Text;
using Remedy.Compiler.Emit;
using Remedy.Compiler.Lowering;
using Remedy.Compiler.Symbols;
using Remedy.Compiler.Workspace;
using Remedy.Runtime.Values;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Text;

namespace Remedy.Compiler.Repl;

/// <summary>
/// Turns REPL lines into C# script submissions. Each line (<c>let x = e</c> or an expression) is checked inside a
/// wrapper playbook that repeats the lines accepted before it, so names, types and the standard library work as
/// in a playbook; only the new line's lowered statements are emitted, and the earlier lines' values live in the
/// script state under the same C# names (lowering names locals deterministically). Immutable: accepting a line
/// gives a new compiler.
/// </summary>
public sealed class ReplCompiler
{
    private const string Header = "module repl\n\nimport std.k8s\nimport std.files\nimport std.process\nimport std.http\nimport std.prometheus as prom\nimport std.postgres\n\n/// The REPL.\nplaybook repl {\n    trigger alert \"repl\"\n    autonomy observe_only\n";

    private readonly ImmutableArray<string> accepted;

    private ReplCompiler(ImmutableArray<string> accepted) => this.accepted = accepted;

    /// <summary>A compiler with no lines yet.</summary>
    public static ReplCompiler Empty { get; } = new([]);

    /// <summary>The lines accepted so far, as <c>let</c> statements.</summary>
    public ImmutableArray<string> Accepted => accepted;

    /// <summary>The compiler after a line was evaluated.</summary>
    /// <param name="submission">The evaluated line.</param>
    /// <returns>The new compiler.</returns>
    public ReplCompiler Accept(ReplSubmission submission) => new(accepted.Add(AsLet(submission.Line, accepted.Length)));

    /// <summary>Checks, lowers and emits one line.</summary>
    /// <param name="line">The line.</param>
    /// <returns>The submission, or its errors.</returns>
    public ReplSubmission Compile(string line)
    {
        var let = AsLet(line, accepted.Length);
        var source = new StringBuilder(Header);
        foreach (var previous in accepted)
        {
            source.Append("    ").Append(previous).Append('\n');
        }

        var lineNumber = Header.Count(c => c == '\n') + accepted.Length + 1;
        var shift = "    ".Length + (let.Length - line.Trim().Length);
        source.Append("    ").Append(let).Append("\n}\n");
        var compilation = Compilation.Create([new SourceDocument("repl", source.ToString())]);
        var errors = compilation.GetDiagnostics().Where(d => d.IsError).ToList();
        if (errors.Count == 0)
        {
            var lowered = PlaybookLowerer.LowerAll(compilation);
            errors.AddRange(lowered.Diagnostics);
            if (errors.Count == 0)
            {
                var playbook = lowered.Playbooks.Single();
                var nodes = playbook.Body.Where(n => n.Span.Line == lineNumber).ToImmutableArray();
                var local = ((IrLet)nodes[^1]).Local;
                var code = new StringBuilder();
                foreach (var node in nodes)
                {
                    code.Append(ReplEmitter.Statement(node)).Append('\n');
                }

                code.Append(local).Append('\n');
                var queries = compilation.Modules.Values.SelectMany(m => m.Members.Values).OfType<QuerySymbol>()
                    .GroupBy(q => q.QualifiedName, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => DryRunValues.Of(g.First().Type), StringComparer.Ordinal);
                return new ReplSubmission(line, code.ToString(), [], queries);
            }
        }

        // Diagnostics on the line itself, with columns of the line as typed; the wrapper's own (it has no
        // verify, for instance) are not the user's concern.
        var own = errors.Where(d => d.Span.Line == lineNumber)
            .Select(d => d with
            {
                Path = "repl",
                Span = new SourceSpan(0, d.Span.Length, 1, Math.Max(1, d.Span.Column - shift), 1, Math.Max(1, d.Span.EndColumn - shift)),
            })
            .ToImmutableArray();
        return new ReplSubmission(line, string.Empty, own.IsEmpty ? [.. errors] : own, new Dictionary<string, RValue>());
    }

    // "let x = e" stays as it is; an expression becomes "let result_N = e" so its value has a name.
    private static string AsLet(string line, int index)
    {
        var trimmed = line.Trim();
        return trimmed.StartsWith("let ", StringComparison.Ordinal) ? trimmed : $"let result_{index + 1} = {trimmed}";
    }
}
