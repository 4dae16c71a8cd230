namespace Remedy.Runtime.Providers;

/// <summary>
/// A mutating provider that must snapshot state before it acts so its compensation can be replayed after a
/// crash (e.g. where a file will be moved to). The runtime calls <see cref="CaptureAsync"/> and journals the
/// map it returns, merged into the captured state, with the intent, before calling <see cref="IProvider.ExecuteAsync"/>;
/// the compensation's arguments are taken from that state. Anything the compensation needs that only the
/// action itself would learn (such as where it put something) must be derivable here, from the arguments and
/// the idempotency key, or a crash between the call and its done record would leave the compensation blind.
/// </summary>
public interface ICapturingProvider : IProvider
{
    /// <summary>Captures the state needed to undo the call.</summary>
    /// <param name="call">The call about to be made.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A map value on success, or a failure (the action is then not attempted).</returns>
    Task<ProviderResult> CaptureAsync(ProviderCall call, CancellationToken cancellationToken);
}
