using Remedy.Runtime.Values;

namespace Remedy.Runtime.Alerts;

/// <summary>One alert of a webhook, ready to start a run.</summary>
/// <param name="Name">The <c>alertname</c> label, which <c>trigger alert "Name"</c> matches.</param>
/// <param name="Status">Firing or resolved.</param>
/// <param name="Fingerprint">Alertmanager's fingerprint ("" when absent).</param>
/// <param name="Input">
/// The run's input, the <c>alert</c> a playbook sees: <c>name</c>, <c>labels</c>, <c>annotations</c> (maps of
/// strings), <c>value</c> (the <c>value</c> annotation as a number, 0 when absent), <c>severity</c> (the label, ""
/// when absent), <c>starts_at</c> (a duration: how long ago it started firing) and <c>fingerprint</c>.
/// </param>
public sealed record TriggerAlert(string Name, AlertStatus Status, string Fingerprint, MapValue Input);
