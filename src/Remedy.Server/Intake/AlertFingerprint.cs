using System.Security.Cryptography;
using System.Text;
using Remedy.Runtime.Alerts;

namespace Remedy.Server.Intake;

/// <summary>
/// An alert's identity for deduplication: Alertmanager's fingerprint when it sends one, otherwise a hash of the
/// labels (what makes two alerts the same alert in Alertmanager too; annotations and values change while firing).
/// </summary>
public static class AlertFingerprint
{
    /// <summary>The fingerprint of an alert.</summary>
    /// <param name="alert">The parsed alert.</param>
    /// <returns>The sent fingerprint, or <c>L</c> and 16 hex digits of the SHA-256 of the sorted labels.</returns>
    public static string Of(TriggerAlert alert)
    {
        if (alert.Fingerprint.Length > 0) return alert.Fingerprint;
        var labels = alert.Input.Get("labels") is Remedy.Runtime.Values.MapValue map
            ? map.Fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}\u0000{f.Value}")
            : [];
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u0001', labels)));
        // The prefix keeps a computed fingerprint from ever equalling one Alertmanager sent.
        return "L" + Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
