namespace Remedy.Compiler.Lowering;

/// <summary>A named argument of a query or action call (defaults filled in).</summary>
/// <param name="Name">The parameter name.</param>
/// <param name="Value">The value.</param>
public sealed record IrArgument(string Name, IrExpression Value);
