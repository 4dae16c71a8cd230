using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary>A reference to a C# local (a let, loop or quantifier variable, <c>it</c>, an action argument).</summary>
/// <param name="Name">The C# name, unique in the playbook.</param>
/// <param name="Span">The .remedy span.</param>
public sealed record IrLocal(string Name, SourceSpan Span) : IrExpression(Span);
