using Remedy.Runtime.Manifest;

namespace Remedy.Runtime.Engine;

/// <summary>
/// The base of every generated playbook class. Generated code only describes what to do, through
/// <see cref="IStepContext"/>; the runtime decides what is allowed (from <see cref="Manifest"/>, re-checked at
/// load) and journals every mutation. Implementations must be stateless: one instance may serve many runs.
/// </summary>
public abstract class CompiledPlaybook
{
    /// <summary>The safety manifest the compiler produced for this playbook.</summary>
    public abstract PlaybookManifest Manifest { get; }

    /// <summary>The playbook body: queries, steps, verify blocks.</summary>
    /// <param name="context">The run's context; every effect goes through it.</param>
    /// <param name="cancellationToken">Cancelled at the run's timeout or when the caller cancels.</param>
    /// <returns>A task that completes when the body is done.</returns>
    public abstract Task ExecuteAsync(IStepContext context, CancellationToken cancellationToken);

    /// <summary>The <c>on success</c> block. Only queries, <c>notify</c> and <c>escalate</c> are allowed here.</summary>
    /// <param name="context">The run's context.</param>
    /// <param name="cancellationToken">Cancellation (a fresh, bounded budget, not the run's).</param>
    /// <returns>A task.</returns>
    public virtual Task OnSuccessAsync(IStepContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// The <c>on failure</c> block, called after the runtime has compensated the run's mutations (the
    /// <c>rollback</c> statement is therefore implied). Only queries, <c>notify</c> and <c>escalate</c> are allowed.
    /// </summary>
    /// <param name="context">The run's context.</param>
    /// <param name="failure">Why the run failed and what compensation did.</param>
    /// <param name="cancellationToken">Cancellation (a fresh, bounded budget).</param>
    /// <returns>A task.</returns>
    public virtual Task OnFailureAsync(IStepContext context, RunFailure failure, CancellationToken cancellationToken) => Task.CompletedTask;
}
