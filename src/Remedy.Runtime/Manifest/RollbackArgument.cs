namespace Remedy.Runtime.Manifest;

/// <summary>One argument of a compensating call, taken from the captured state of the action it undoes.</summary>
/// <param name="Parameter">The compensating provider's argument name.</param>
/// <param name="Source">The name in the captured state (an action argument, a <c>capture</c>, or a value the provider captured).</param>
public sealed record RollbackArgument(string Parameter, string Source);
