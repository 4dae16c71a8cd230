namespace Remedy.Runtime.Manifest;

/// <summary>A <c>query</c> declaration: read-only, callable at every autonomy level.</summary>
/// <param name="Name">The query name generated code passes to <see cref="Engine.IStepContext.QueryAsync"/>.</param>
/// <param name="ProviderId">The provider id.</param>
/// <param name="Timeout">How long one call may take.</param>
public sealed record QueryDescriptor(string Name, string ProviderId, TimeSpan Timeout);
