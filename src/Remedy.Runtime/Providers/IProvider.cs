namespace Remedy.Runtime.Providers;

/// <summary>
/// Implements one provider id from a <c>provider "…"</c> clause. Implementations return failures as
/// <see cref="ProviderResult"/> values; the runtime still converts a thrown exception into a failure so a buggy
/// provider cannot crash a run. They must honour the cancellation token: the runtime stops waiting at the
/// timeout whatever the provider does, and counts the call as failed.
/// </summary>
public interface IProvider
{
    /// <summary>The provider id, e.g. <c>files.move_to_trash</c>.</summary>
    string Id { get; }

    /// <summary>Executes the call.</summary>
    /// <param name="call">The call.</param>
    /// <param name="cancellationToken">Cancelled at the call's timeout or when the run is cancelled.</param>
    /// <returns>The result.</returns>
    Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken);
}
