using Remedy.Runtime.Engine;
using Remedy.Runtime.Manifest;

namespace Remedy.Runtime.Tests.Support;

/// <summary>A hand-written "generated" playbook whose body is supplied by the test.</summary>
public sealed class ScriptedPlaybook(
    PlaybookManifest manifest,
    Func<IStepContext, CancellationToken, Task> body,
    Func<IStepContext, RunFailure, CancellationToken, Task>? onFailure = null,
    Func<IStepContext, CancellationToken, Task>? onSuccess = null) : CompiledPlaybook
{
    public override PlaybookManifest Manifest => manifest;

    public override Task ExecuteAsync(IStepContext context, CancellationToken cancellationToken) => body(context, cancellationToken);

    public override Task OnFailureAsync(IStepContext context, RunFailure failure, CancellationToken cancellationToken) =>
        onFailure?.Invoke(context, failure, cancellationToken) ?? Task.CompletedTask;

    public override Task OnSuccessAsync(IStepContext context, CancellationToken cancellationToken) =>
        onSuccess?.Invoke(context, cancellationToken) ?? Task.CompletedTask;
}
