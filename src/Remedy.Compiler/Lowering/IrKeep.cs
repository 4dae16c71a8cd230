using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary>Keeps a playbook-level local in the run's context for a handler that uses it.</summary>
/// <param name="Local">The local (also the name it is kept under).</param>
/// <param name="Span">The .remedy span of its <c>let</c>.</param>
public sealed record IrKeep(string Local, SourceSpan Span) : IrNode(Span);
