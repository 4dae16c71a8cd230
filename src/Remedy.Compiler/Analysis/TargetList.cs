using Remedy.Compiler.Symbols;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Analysis;

/// <summary>
/// A list of targets a playbook acts on: the source of a <c>for</c> whose body makes a
/// mutating call, or a resource argument of a mutating action.
/// </summary>
/// <param name="Expression">The expression that gives the targets.</param>
/// <param name="Display">How messages name it, e.g. <c>`pods`</c>.</param>
/// <param name="Bound">Its static upper bound.</param>
/// <param name="Provenance">Where its items come from.</param>
/// <param name="Call">The first mutating call made on it.</param>
/// <param name="Action">The action of that call.</param>
/// <param name="Step">The step the call is in.</param>
public sealed record TargetList(Expression Expression, string Display, TargetBound Bound, TargetProvenance Provenance, CallExpression Call, ActionSymbol Action, StepDecl? Step);
