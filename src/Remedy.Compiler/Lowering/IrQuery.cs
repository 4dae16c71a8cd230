using System.Collections.Immutable;
using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary>A query call, by the name the manifest gives the query.</summary>
/// <param name="Query">The query's manifest name.</param>
/// <param name="Arguments">Every parameter's value, in declaration order.</param>
/// <param name="Span">The .remedy span.</param>
public sealed record IrQuery(string Query, ImmutableArray<IrArgument> Arguments, SourceSpan Span) : IrExpression(Span);
