namespace Remedy.LanguageServer.Protocol;

/// <summary>A diagnostic as the protocol carries it.</summary>
/// <param name="Range">Where it is.</param>
/// <param name="Severity">How bad it is.</param>
/// <param name="Code">The stable code, such as RMD1005.</param>
/// <param name="CodeDescription">A link to the code's page.</param>
/// <param name="Source">Who reported it.</param>
/// <param name="Message">What is wrong and what to change.</param>
public sealed record LspDiagnostic(Range Range, DiagnosticSeverity Severity, string Message, string? Code = null, CodeDescription? CodeDescription = null, string? Source = null);
