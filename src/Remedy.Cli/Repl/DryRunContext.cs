using Remedy.Runtime.Engine;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Values;

namespace Remedy.Cli.Repl;

/// <summary>
/// The step context of the REPL: a dry run in which every query returns the empty value of its type and nothing
/// can act. A REPL line is an expression or a <c>let</c>, so only queries and the alert are ever reached.
/// </summary>
internal sealed class DryRunContext : IStepContext
{
    private IReadOnlyDictionary<string, RValue> results = new Dictionary<string, RValue>();

    public string RunId => "repl";

    public PlaybookManifest Manifest { get; } = new() { Name = "repl", Autonomy = AutonomyLevel.ObserveOnly };

    public MapValue Input { get; } = MapValue.Of(
        ("name", "repl"), ("labels", MapValue.Empty), ("annotations", MapValue.Empty), ("value", 0d), ("severity", ""), ("starts_at", ""), ("fingerprint", ""));

    public AutonomyLevel Autonomy => AutonomyLevel.ObserveOnly;

    public bool PlanOnly => true;

    /// <summary>Sets what queries return for the next submission.</summary>
    public void Answer(IReadOnlyDictionary<string, RValue> dryRunResults) => results = dryRunResults;

    public Task<RValue> QueryAsync(string query, MapValue args, CancellationToken cancellationToken) =>
        Task.FromResult(results.GetValueOrDefault(query) ?? RValue.Null);

    public Task StepAsync(string step, Func<CancellationToken, Task> body, CancellationToken cancellationToken) => throw NotHere("steps");

    public TargetSet Targets(IEnumerable<RValue> targets, int population) => throw NotHere("targets");

    public Task<RValue> InvokeAsync(string action, MapValue args, RValue target, CancellationToken cancellationToken) => throw NotHere("actions");

    public Task<RValue> InvokeAsync(string action, MapValue args, RValue target, MapValue captures, CancellationToken cancellationToken) => throw NotHere("actions");

    public Task VerifyAsync(string name, Func<CancellationToken, Task<bool>> condition, TimeSpan within, TimeSpan every, CancellationToken cancellationToken) => throw NotHere("verify");

    public string Choose(string decision, IReadOnlyList<RValue> features) => throw NotHere("choose");

    public Task NotifyAsync(string channel, string text, CancellationToken cancellationToken) => throw NotHere("notify");

    public Task EscalateAsync(string channel, string text, CancellationToken cancellationToken) => throw NotHere("escalate");

    public Task WaitAsync(TimeSpan duration, CancellationToken cancellationToken) => throw NotHere("wait");

    public void Require(bool condition, string message) => throw NotHere("require");

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public void Abort(string message) => throw NotHere("abort");

    public void Keep(string name, RValue value) => throw NotHere("handlers");

    public RValue Kept(string name) => throw NotHere("handlers");

    private static InvalidOperationException NotHere(string what) => new($"{what} are not available in the REPL, which evaluates expressions and lets");
}
