using Remedy.Runtime.Engine;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Tests.Support;

namespace Remedy.Runtime.Tests.Manifest;

public sealed class ManifestValidatorTests
{
    private static readonly Harness Fixture = new();

    [Fact]
    public void The_standard_manifest_is_valid()
    {
        Assert.Empty(ManifestValidator.Validate(Harness.Manifest(), Fixture.Providers));
    }

    public static TheoryData<string, string> Violations => new()
    {
        { "unknown action provider", "provider \"k8s.delete_pod\", which is not registered" },
        { "unknown query provider", "provider \"prom.query\", which is not registered" },
        { "unknown rollback provider", "rollback of action 'set' uses provider \"fake.unset\"" },
        { "no rollback nor irreversible", "(RMD1001)" },
        { "destructive with rollback", "is destructive, so it cannot declare a rollback" },
        { "irreversible at autonomous", "(RMD1002)" },
        { "high risk at autonomous", "(RMD1003)" },
        { "no blast radius", "(RMD1004)" },
        { "bound above max_targets", "(RMD1005)" },
        { "autonomous without breaker", "(RMD1007)" },
        { "worst case above timeout", "(RMD1009)" },
        { "observe_only with mutations", "(RMD1010)" },
        { "promotion to autonomous with irreversible", "promotion target level is autonomous (RMD1002)" },
        { "step calls undeclared action", "calls action 'reboot', which the manifest does not declare" },
        { "step effect understated", "is declared ReadOnly but calls a Mutating action" },
        { "bad source hash", "source hash is not a SHA-256" },
        { "zero approvers", "approvers must be at least 1" },
        { "bad percent", "max_percent must be in (0%, 100%]" },
        { "duplicate step", "step 'fix' is declared more than once" },
        { "fixed option not an option", "fixes option 'reboot'" },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public void Each_violation_is_reported_with_a_clear_message(string violation, string expected)
    {
        var errors = ManifestValidator.Validate(Break(Harness.Manifest(), violation), Fixture.Providers);
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal) && e.StartsWith("playbook 'fix_things': ", StringComparison.Ordinal));
    }

    [Fact]
    public void Loading_a_playbook_with_an_unknown_provider_is_a_load_error_not_an_exception()
    {
        var manifest = Break(Harness.Manifest(), "unknown action provider");
        var result = Fixture.Runtime.Load(new ScriptedPlaybook(manifest, (_, _) => Task.CompletedTask));
        Assert.False(result.Succeeded);
        Assert.Null(result.Playbook);
        Assert.Contains(result.Errors, e => e.Contains("k8s.delete_pod", StringComparison.Ordinal));
    }

    [Fact]
    public void A_manifest_that_throws_is_a_load_error()
    {
        var result = Fixture.Runtime.Load(new ThrowingManifestPlaybook());
        Assert.False(result.Succeeded);
        Assert.Contains("reading the manifest threw InvalidOperationException", Assert.Single(result.Errors));
    }

    private static PlaybookManifest Break(PlaybookManifest m, string violation) => violation switch
    {
        "unknown action provider" => m with { Actions = [.. m.Actions, new ActionDescriptor { Name = "kill", ProviderId = "k8s.delete_pod", IrreversibleReason = "pods come back" }] },
        "unknown query provider" => m with { Queries = [.. m.Queries, new QueryDescriptor("q", "prom.query", TimeSpan.FromSeconds(1))] },
        "unknown rollback provider" => m with { Actions = [Harness.SetAction with { Rollback = RollbackDescriptor.SameNames("fake.unset", "target") }, Harness.DeleteAction] },
        "no rollback nor irreversible" => m with { Actions = [Harness.SetAction with { Rollback = null }, Harness.DeleteAction] },
        "destructive with rollback" => m with { Actions = [Harness.SetAction with { Effect = Effect.Destructive }, Harness.DeleteAction] },
        "irreversible at autonomous" => m with { Steps = [.. m.Steps, new StepManifest { Name = "purge", Effect = Effect.Mutating, Actions = ["delete"] }] },
        "high risk at autonomous" => m with { Actions = [Harness.SetAction with { Risk = Risk.High }, Harness.DeleteAction] },
        "no blast radius" => m with { BlastRadius = null },
        "bound above max_targets" => m with { Bounds = new ComputedBounds(12, TimeSpan.Zero) },
        "autonomous without breaker" => m with { CircuitBreaker = null },
        "worst case above timeout" => m with { Bounds = new ComputedBounds(null, TimeSpan.FromHours(1)) },
        "observe_only with mutations" => m with { Autonomy = AutonomyLevel.ObserveOnly },
        "promotion to autonomous with irreversible" => m with
        {
            Autonomy = AutonomyLevel.Supervised,
            Promotion = new PromotionRule(AutonomyLevel.Autonomous, 20, 0.95),
            Steps = [.. m.Steps, new StepManifest { Name = "purge", Effect = Effect.Mutating, Actions = ["delete"] }],
        },
        "step calls undeclared action" => m with { Steps = [new StepManifest { Name = "fix", Effect = Effect.Mutating, Actions = ["reboot"] }] },
        "step effect understated" => m with { Steps = [new StepManifest { Name = "fix", Effect = Effect.ReadOnly, Actions = ["set"] }] },
        "bad source hash" => m with { SourceHash = "abc" },
        "zero approvers" => m with { Approvers = 0 },
        "bad percent" => m with { BlastRadius = new BlastRadiusPolicy(3, 1.5) },
        "duplicate step" => m with { Steps = [m.Steps[0], m.Steps[0]] },
        "fixed option not an option" => m with { Choices = [new ChoiceManifest("remedy", "fixed", ["restart"], "reboot")] },
        _ => throw new ArgumentOutOfRangeException(nameof(violation)),
    };

    private sealed class ThrowingManifestPlaybook : CompiledPlaybook
    {
        public override PlaybookManifest Manifest => throw new InvalidOperationException("broken generated code");

        public override Task ExecuteAsync(IStepContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
