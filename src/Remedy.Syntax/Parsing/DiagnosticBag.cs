using System.Collections.Immutable;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Text;

namespace Remedy.Syntax.Parsing;

/// <summary>Collects the diagnostics of one parse; owned by that parse alone.</summary>
internal sealed class DiagnosticBag(SourceText source)
{
    private readonly List<Diagnostic> _items = [];
    private readonly HashSet<int> _errorOffsets = [];

    public SourceText Source { get; } = source;

    public int Count => _items.Count;

    /// <summary>Forgets the diagnostics added after the first <paramref name="count"/>, when a parse is abandoned and redone.</summary>
    public void Truncate(int count)
    {
        for (var i = _items.Count - 1; i >= count; i--)
        {
            if (_items[i].Severity == DiagnosticSeverity.Error) _errorOffsets.Remove(_items[i].Span.Start);
            _items.RemoveAt(i);
        }
    }

    public void Add(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args)
    {
        // One error per position is enough: recovery often trips twice over the same token.
        if (descriptor.Severity == DiagnosticSeverity.Error && !_errorOffsets.Add(span.Start)) return;
        _items.Add(Diagnostic.Create(descriptor, Source.Path, span, args));
    }

    /// <summary>Adds a diagnostic made by an earlier parse of unchanged text, under the same one-error-per-position rule.</summary>
    public void AddExisting(Diagnostic diagnostic)
    {
        if (diagnostic.Severity == DiagnosticSeverity.Error && !_errorOffsets.Add(diagnostic.Span.Start)) return;
        _items.Add(diagnostic);
    }

    /// <summary>The diagnostics added after the first <paramref name="count"/>.</summary>
    public ImmutableArray<Diagnostic> Since(int count) => [.. _items.Skip(count)];

    /// <summary>Whether a lexical error (a stray character, an unterminated string) was reported on the line.</summary>
    /// <remarks>The parser's complaint about the same line would only repeat it.</remarks>
    public bool HasLexicalErrorOnLine(int line) =>
        _items.Any(d => d.Span.Line == line && d.Code is "RMD0001" or "RMD0002" or "RMD0003");

    public ImmutableArray<Diagnostic> ToSortedArray() =>
        [.. _items.OrderBy(d => d.Span.Start).ThenBy(d => d.Code, StringComparer.Ordinal)];
}
