using System.Collections.Immutable;
using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary><c>choose remedy by policy features [...] { option ... }</c>: the runtime's selector picks one option.</summary>
/// <param name="Decision">The decision's manifest name.</param>
/// <param name="Features">The feature values.</param>
/// <param name="Options">The options.</param>
/// <param name="Span">The .remedy span.</param>
public sealed record IrChoose(string Decision, ImmutableArray<IrExpression> Features, ImmutableArray<IrOption> Options, SourceSpan Span) : IrNode(Span);
