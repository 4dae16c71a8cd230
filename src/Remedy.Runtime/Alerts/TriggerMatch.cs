using Remedy.Runtime.Engine;

namespace Remedy.Runtime.Alerts;

/// <summary>A playbook one alert starts, and which of its triggers fired.</summary>
/// <param name="Playbook">The playbook.</param>
/// <param name="Trigger">The index of the trigger that fired, in the playbook's manifest.</param>
public sealed record TriggerMatch(LoadedPlaybook Playbook, int Trigger);
