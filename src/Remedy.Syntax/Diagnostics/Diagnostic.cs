using System.Globalization;
using Remedy.Syntax.Text;

namespace Remedy.Syntax.Diagnostics;

/// <summary>One problem found in a source file, at a span, with a message a person understands.</summary>
/// <param name="Descriptor">What kind of problem this is.</param>
/// <param name="Path">The path of the file, as the user named it.</param>
/// <param name="Span">Where the problem is.</param>
/// <param name="Message">The formatted message.</param>
/// <param name="Severity">The severity, normally the descriptor's default.</param>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, string Path, SourceSpan Span, string Message, DiagnosticSeverity Severity)
{
    /// <summary>The stable code, such as <c>RMD1005</c>.</summary>
    public string Code => Descriptor.Code;

    /// <summary>Whether this diagnostic stops compilation.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Creates a diagnostic from a descriptor and the arguments of its message format.</summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, string path, SourceSpan span, params object?[] args) =>
        new(descriptor, path, span, string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args), descriptor.Severity);

    /// <summary>Formats the diagnostic as MSBuild does: <c>path(line,col): error RMD0003: message</c>.</summary>
    public override string ToString() =>
        $"{Path}({Span.Line},{Span.Column}): {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
