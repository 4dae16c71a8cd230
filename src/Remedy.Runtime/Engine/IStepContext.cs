using Remedy.Runtime.Manifest;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Engine;

/// <summary>
/// Everything generated code may do. Each method either returns normally or stops the run: a refusal, a
/// failure or an abort unwinds the playbook body, and the runtime (never the generated code) compensates,
/// records and reports it. Refusals are sticky: once refused, every later call refuses again, so code that
/// swallowed the unwinding could still not act.
/// </summary>
public interface IStepContext
{
    /// <summary>The run id.</summary>
    string RunId { get; }

    /// <summary>The playbook's manifest.</summary>
    PlaybookManifest Manifest { get; }

    /// <summary>The trigger input (the alert: name, labels, annotations, value, severity, starts_at).</summary>
    MapValue Input { get; }

    /// <summary>The level the run acts at (declared, or promoted by its record).</summary>
    AutonomyLevel Autonomy { get; }

    /// <summary>True when mutations are only planned (suggest, dry run).</summary>
    bool PlanOnly { get; }

    /// <summary>Calls a declared query. Allowed everywhere and at every level.</summary>
    /// <param name="query">The query name from the manifest.</param>
    /// <param name="args">The arguments.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The query's value.</returns>
    Task<RValue> QueryAsync(string query, MapValue args, CancellationToken cancellationToken);

    /// <summary>
    /// Runs a declared step: its retries, backoff and timeout come from the manifest. Mutations may only happen
    /// inside a step.
    /// </summary>
    /// <param name="step">The step name from the manifest.</param>
    /// <param name="body">The step body.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A task that completes when the step is done.</returns>
    Task StepAsync(string step, Func<CancellationToken, Task> body, CancellationToken cancellationToken);

    /// <summary>
    /// Declares the current step's targets and checks the blast radius, scope and per-target cooldowns before
    /// any action runs. Mutations are only allowed on declared targets.
    /// </summary>
    /// <param name="targets">The targets.</param>
    /// <param name="population">How many candidates they were drawn from (for <c>max_percent</c>).</param>
    /// <returns>The checked target set.</returns>
    TargetSet Targets(IEnumerable<RValue> targets, int population);

    /// <summary>Calls a declared action on a declared target, under every guard, journaled.</summary>
    /// <param name="action">The action name from the manifest.</param>
    /// <param name="args">The arguments.</param>
    /// <param name="target">The target (one of the step's declared targets).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The action's value (null when only planned).</returns>
    Task<RValue> InvokeAsync(string action, MapValue args, RValue target, CancellationToken cancellationToken);

    /// <summary>Calls a declared action with values from its <c>capture</c> clauses.</summary>
    /// <param name="action">The action name from the manifest.</param>
    /// <param name="args">The arguments.</param>
    /// <param name="target">The target (one of the step's declared targets).</param>
    /// <param name="captures">The captured values, by capture name, evaluated before the call.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The action's value (null when only planned).</returns>
    Task<RValue> InvokeAsync(string action, MapValue args, RValue target, MapValue captures, CancellationToken cancellationToken);

    /// <summary>
    /// A <c>verify within W every E { condition }</c> block: polls until the condition holds or the window ends.
    /// A condition that never holds fails the run (and its mutations are compensated).
    /// </summary>
    /// <param name="name">The verify block's name.</param>
    /// <param name="condition">The condition; a query failure inside it counts as "not yet".</param>
    /// <param name="within">The window.</param>
    /// <param name="every">The polling interval.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A task that completes when the condition held.</returns>
    Task VerifyAsync(string name, Func<CancellationToken, Task<bool>> condition, TimeSpan within, TimeSpan every, CancellationToken cancellationToken);

    /// <summary>Picks one of a declared choice's verified options.</summary>
    /// <param name="decision">The choice name from the manifest.</param>
    /// <param name="features">The features the policy decides on.</param>
    /// <returns>The option name.</returns>
    string Choose(string decision, IReadOnlyList<RValue> features);

    /// <summary>Sends a notification. Allowed at every level; only planned in a dry run.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="text">The text.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A task.</returns>
    Task NotifyAsync(string channel, string text, CancellationToken cancellationToken);

    /// <summary>Escalates to a human. Allowed at every level; only planned in a dry run.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="text">The text.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A task.</returns>
    Task EscalateAsync(string channel, string text, CancellationToken cancellationToken);

    /// <summary>A <c>wait</c> or <c>pause</c>. Skipped when only planning.</summary>
    /// <param name="duration">How long.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A task.</returns>
    Task WaitAsync(TimeSpan duration, CancellationToken cancellationToken);

    /// <summary><c>require condition else abort "message"</c>.</summary>
    /// <param name="condition">The condition.</param>
    /// <param name="message">The abort message.</param>
    void Require(bool condition, string message);

    /// <summary>
    /// Keeps a value of this run for its handlers: a playbook-level <c>let</c> that <c>on success</c> or
    /// <c>on failure</c> uses keeps the value it had when the run computed it (handlers are separate methods, and
    /// generated code may hold no state of its own).
    /// </summary>
    /// <param name="name">The value's name.</param>
    /// <param name="value">The value.</param>
    void Keep(string name, RValue value);

    /// <summary>A value kept earlier in this run, or null when the run stopped before computing it.</summary>
    /// <param name="name">The value's name.</param>
    /// <returns>The value.</returns>
    RValue Kept(string name);

    /// <summary>Aborts the run (its mutations are compensated).</summary>
    /// <param name="message">Why.</param>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    void Abort(string message);
}
