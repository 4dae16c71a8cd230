using Remedy.Syntax.Text;

namespace Remedy.Compiler.Binding;

/// <summary>A mistake in a rollback clause found while binding it; the safety rule RMD1011 reports it.</summary>
/// <param name="Path">The file.</param>
/// <param name="Span">Where the mistake is.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
internal sealed record RollbackProblem(string Path, SourceSpan Span, string Message);
