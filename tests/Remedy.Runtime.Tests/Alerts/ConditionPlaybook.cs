using Remedy.Runtime.Engine;
using Remedy.Runtime.Expressions;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.Alerts;

/// <summary>
/// A hand-written playbook with triggers, as the emitter writes them: trigger 0 requires the <c>env</c> label to be
/// <c>prod</c>; trigger 1 compares the <c>env</c> label with a number, which fails at run time as generated code
/// would on an alert whose fields are not what the playbook expects.
/// </summary>
public sealed class ConditionPlaybook(string name, string module, long? priority, params TriggerDescriptor[] triggers) : CompiledPlaybook
{
    /// <inheritdoc />
    public override PlaybookManifest Manifest { get; } = new() { Name = name, Module = module, Autonomy = AutonomyLevel.ObserveOnly, Priority = priority, Triggers = triggers, SourceHash = new string('0', 64) };

    /// <inheritdoc />
    public override bool TriggerCondition(int trigger, MapValue alert) => trigger switch
    {
        0 => Logic.IsTrue(Compare.Eq(Access.Index(Access.Field(alert, "labels"), "env", ""), "prod")),
        _ => Logic.IsTrue(Compare.Gt(Access.Index(Access.Field(alert, "labels"), "env", ""), 1L)),
    };

    /// <inheritdoc />
    public override Task ExecuteAsync(IStepContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}
