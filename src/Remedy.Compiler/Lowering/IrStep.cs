using System.Collections.Immutable;
using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary>A step: the unit of approval, retry, timeout and journaling.</summary>
/// <param name="Name">The step name (its manifest entry has the same name).</param>
/// <param name="Body">The statements.</param>
/// <param name="Span">The .remedy span.</param>
public sealed record IrStep(string Name, ImmutableArray<IrNode> Body, SourceSpan Span) : IrNode(Span);
