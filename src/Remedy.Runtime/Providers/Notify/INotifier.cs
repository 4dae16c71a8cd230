namespace Remedy.Runtime.Providers.Notify;

/// <summary>Delivers notifications somewhere (stdout, a webhook).</summary>
public interface INotifier
{
    /// <summary>Sends a notification.</summary>
    /// <param name="notification">The notification.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Success, or a failure saying why it was not delivered.</returns>
    Task<ProviderResult> SendAsync(Notification notification, CancellationToken cancellationToken);
}
