using System.Collections.Immutable;
using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary>One option of a <c>choose</c>.</summary>
/// <param name="Name">The option name.</param>
/// <param name="Body">Its lets, steps and verifications.</param>
/// <param name="Span">The .remedy span.</param>
public sealed record IrOption(string Name, ImmutableArray<IrNode> Body, SourceSpan Span);
