namespace Remedy.Runtime.Manifest;

/// <summary>One <c>trigger</c> of a playbook, as the runtime matches alerts against it.</summary>
/// <param name="AlertName">The alert name (<c>alertname</c> label) it fires on.</param>
/// <param name="OnResolved">True for <c>trigger resolved</c>: it fires when the alert resolves, not when it fires.</param>
/// <param name="HasCondition">
/// Whether the trigger has a <c>where</c> condition; the generated class evaluates it in
/// <c>CompiledPlaybook.TriggerCondition</c> with this trigger's index.
/// </param>
public sealed record TriggerDescriptor(string AlertName, bool OnResolved, bool HasCondition);
