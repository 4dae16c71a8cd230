using Remedy.Runtime.Alerts;

namespace Remedy.Server.Intake;

/// <summary>An alert the server took in: its journal id, identity, and whether it starts work or folds into an earlier one.</summary>
/// <param name="Id">The journal id returned to the sender.</param>
/// <param name="Fingerprint">The fingerprint (sent or computed).</param>
/// <param name="Alert">The parsed alert.</param>
/// <param name="ReceivedAt">When it arrived.</param>
/// <param name="Duplicate">True when an alert with the same fingerprint and status was accepted within the window.</param>
public sealed record AcceptedAlert(string Id, string Fingerprint, TriggerAlert Alert, DateTimeOffset ReceivedAt, bool Duplicate)
{
    /// <summary>The deduplication key: the same alert firing again is a duplicate, its resolution is not.</summary>
    public string Key => $"{Fingerprint}|{Alert.Status}";
}
