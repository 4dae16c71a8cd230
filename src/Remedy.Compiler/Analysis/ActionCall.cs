using Remedy.Compiler.Symbols;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Analysis;

/// <summary>An action called by a playbook, with where the call is.</summary>
/// <param name="Call">The call.</param>
/// <param name="Action">The action.</param>
/// <param name="Step">The step that makes the call.</param>
/// <param name="Option">The option of a <c>choose</c> the step belongs to, or null.</param>
public sealed record ActionCall(CallExpression Call, ActionSymbol Action, StepDecl Step, OptionDecl? Option)
{
    /// <summary>Whether the action changes the world.</summary>
    public bool IsMutating => Action.IsMutating;
}
