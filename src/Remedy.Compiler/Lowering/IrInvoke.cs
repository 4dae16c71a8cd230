using System.Collections.Immutable;
using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary>An action call.</summary>
/// <param name="Action">The action's manifest name.</param>
/// <param name="Mutating">Whether it changes the world (and so needs a declared target inside a step).</param>
/// <param name="Arguments">Every parameter, evaluated into locals in declaration order.</param>
/// <param name="Target">What the call acts on: the loop variable, or the argument that names a resource.</param>
/// <param name="DeclareTarget">Whether the target must be declared first (it is not a target loop's element).</param>
/// <param name="Captures">The action's captures.</param>
/// <param name="Span">The .remedy span.</param>
public sealed record IrInvoke(string Action, bool Mutating, ImmutableArray<IrBinding> Arguments, IrExpression Target, bool DeclareTarget, ImmutableArray<IrCapture> Captures, SourceSpan Span) : IrNode(Span);
