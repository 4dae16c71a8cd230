namespace Remedy.Compiler.Lowering;

/// <summary>An action argument evaluated once into a local, so captures and the target reuse it.</summary>
/// <param name="Parameter">The parameter name.</param>
/// <param name="Local">The C# local.</param>
/// <param name="Value">The value.</param>
public sealed record IrBinding(string Parameter, string Local, IrExpression Value);
