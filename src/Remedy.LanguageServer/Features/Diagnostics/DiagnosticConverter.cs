using Remedy.LanguageServer.Protocol;
using Remedy.LanguageServer.Workspace;
using Remedy.Syntax.Diagnostics;

namespace Remedy.LanguageServer.Features.Diagnostics;

/// <summary>Turns compiler diagnostics into protocol diagnostics with their code and documentation link.</summary>
internal static class DiagnosticConverter
{
    public const string Source = "remedy";

    public static LspDiagnostic Convert(Diagnostic diagnostic) => new(
        Positions.ToRange(diagnostic.Span),
        diagnostic.Severity switch
        {
            Syntax.Diagnostics.DiagnosticSeverity.Error => Protocol.DiagnosticSeverity.Error,
            Syntax.Diagnostics.DiagnosticSeverity.Warning => Protocol.DiagnosticSeverity.Warning,
            _ => Protocol.DiagnosticSeverity.Information,
        },
        diagnostic.Message,
        diagnostic.Code,
        new CodeDescription(diagnostic.Descriptor.HelpUri),
        Source);

    public static IReadOnlyList<LspDiagnostic> For(Compiler.Compilation compilation, OpenDocument document) =>
        [.. compilation.GetDiagnostics().Where(d => d.Path == document.Path).Select(Convert)];
}
