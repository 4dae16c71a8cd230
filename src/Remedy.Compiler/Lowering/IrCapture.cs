namespace Remedy.Compiler.Lowering;

/// <summary>A <c>capture name = e</c> clause, evaluated right before its action.</summary>
/// <param name="Name">The captured value's name (what rollbacks refer to).</param>
/// <param name="Value">Its value, over the action's argument locals.</param>
public sealed record IrCapture(string Name, IrExpression Value);
