using System.Globalization;

namespace Remedy.Runtime.Providers.Notify;

/// <summary>Writes notifications as one line each to a text writer (stdout by default in the CLI).</summary>
public sealed class TextWriterNotifier : INotifier
{
    private readonly TextWriter writer;
    private readonly object gate = new();

    /// <summary>Creates the notifier.</summary>
    /// <param name="writer">Where to write; the caller owns it.</param>
    public TextWriterNotifier(TextWriter writer) => this.writer = writer;

    /// <inheritdoc />
    public Task<ProviderResult> SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        var tag = notification.Kind == NotificationKind.Escalate ? "ESCALATE" : "notify";
        var line = string.Create(CultureInfo.InvariantCulture,
            $"[{notification.At:u}] {tag} #{notification.Channel} ({notification.Playbook}, run {notification.RunId}): {notification.Text}");
        try
        {
            // Lines from concurrent runs must not interleave mid-line.
            lock (gate)
            {
                writer.WriteLine(line);
                writer.Flush();
            }

            return Task.FromResult(ProviderResult.Ok());
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            return Task.FromResult(ProviderResult.Fail(FailureKind.Unavailable, $"cannot write notification: {e.Message}"));
        }
    }
}
