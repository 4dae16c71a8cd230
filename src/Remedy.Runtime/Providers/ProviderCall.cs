using Remedy.Runtime.Values;

namespace Remedy.Runtime.Providers;

/// <summary>One call to a provider.</summary>
/// <param name="ProviderId">The provider id being called.</param>
/// <param name="Args">The typed arguments, by name.</param>
/// <param name="IdempotencyKey">
/// For mutations and compensations, the key that identifies this one change (run, step, target, attempt);
/// a provider that talks to a system with idempotency support should pass it on. Null for queries.
/// </param>
/// <param name="RunId">The run making the call.</param>
public sealed record ProviderCall(string ProviderId, MapValue Args, string? IdempotencyKey, string RunId);
