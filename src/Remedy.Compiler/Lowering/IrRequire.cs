using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary><c>require c else abort "m"</c>, and the runtime guards the compiler adds where it proved no bound.</summary>
/// <param name="Condition">The condition.</param>
/// <param name="Message">The abort message.</param>
/// <param name="Span">The .remedy span.</param>
public sealed record IrRequire(IrExpression Condition, IrExpression Message, SourceSpan Span) : IrNode(Span);
