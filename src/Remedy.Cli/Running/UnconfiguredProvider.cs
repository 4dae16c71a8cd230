using Remedy.Runtime.Providers;

namespace Remedy.Cli.Running;

/// <summary>
/// Stands in, for a plan, for a provider the runtime configuration does not give: the playbook still loads, and a
/// call reports that the provider is not configured, so the plan says its targets are unknown rather than guessing.
/// </summary>
/// <param name="id">The provider id it stands in for.</param>
public sealed class UnconfiguredProvider(string id) : IProvider
{
    /// <summary>The start of every failure message, so a plan can tell "not configured" from a real failure.</summary>
    public const string MessagePrefix = "not configured:";

    /// <inheritdoc />
    public string Id => id;

    /// <inheritdoc />
    public Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken) =>
        Task.FromResult(ProviderResult.Fail(FailureKind.Unavailable, $"{MessagePrefix} the runtime configuration gives no provider '{id}'"));
}
