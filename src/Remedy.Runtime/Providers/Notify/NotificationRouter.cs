namespace Remedy.Runtime.Providers.Notify;

/// <summary>Routes a channel to its notifiers; channels without a route go to the default notifiers.</summary>
public sealed class NotificationRouter
{
    private readonly IReadOnlyList<INotifier> defaults;
    private readonly Dictionary<string, IReadOnlyList<INotifier>> routes;

    /// <summary>Creates a router.</summary>
    /// <param name="defaults">Where unrouted channels go.</param>
    /// <param name="routes">Channel-specific notifiers.</param>
    public NotificationRouter(IEnumerable<INotifier> defaults, IReadOnlyDictionary<string, IReadOnlyList<INotifier>>? routes = null)
    {
        this.defaults = defaults.ToArray();
        this.routes = routes?.ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal) ?? new(StringComparer.Ordinal);
    }

    /// <summary>A router that writes every channel to one writer.</summary>
    /// <param name="writer">The writer.</param>
    /// <returns>The router.</returns>
    public static NotificationRouter ToWriter(TextWriter writer) => new([new TextWriterNotifier(writer)]);

    /// <summary>Sends to every notifier of the channel; succeeds only when all of them delivered.</summary>
    /// <param name="notification">The notification.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The combined result.</returns>
    public async Task<ProviderResult> SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        var targets = routes.TryGetValue(notification.Channel, out var routed) ? routed : defaults;
        if (targets.Count == 0)
        {
            return ProviderResult.Fail(FailureKind.Unavailable, $"no notifier is configured for channel '{notification.Channel}'");
        }

        var failures = new List<string>();
        foreach (var notifier in targets)
        {
            ProviderResult result;
            try
            {
                result = await notifier.SendAsync(notification, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                result = ProviderResult.Fail(FailureKind.Error, $"{notifier.GetType().Name} threw {e.GetType().Name}: {e.Message}");
            }

            if (result.Failure is { } failure)
            {
                failures.Add(failure.Message);
            }
        }

        return failures.Count == 0 ? ProviderResult.Ok() : ProviderResult.Fail(FailureKind.Unavailable, string.Join("; ", failures));
    }
}
