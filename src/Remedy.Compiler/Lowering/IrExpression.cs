using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary>An expression of the lowered playbook: every name resolved to a C# local, every call to a query or built-in.</summary>
/// <param name="Span">The .remedy span it came from.</param>
public abstract record IrExpression(SourceSpan Span);
