namespace Remedy.Compiler.Emit;

/// <summary>Where emitted code stands: the cancellation token in scope and whether a target loop encloses it.</summary>
/// <param name="Token">The name of the <c>CancellationToken</c> in scope (<c>ct</c>, <c>stepCt</c>, <c>verifyCt</c>).</param>
internal sealed record EmitScope(string Token);
