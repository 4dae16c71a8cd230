using System.Globalization;
using Remedy.Runtime.Manifest;

namespace Remedy.Cli.Running;

/// <summary>
/// Prints a plan for a human: the gates from the manifest (autonomy and approvals, blast radius, breaker, rate
/// limit, cooldown, timeout), the steps in order with their effect and the rollback of each mutating action, then
/// what the dry run found (targets and planned mutations, or why the targets are unknown, or the refusal).
/// </summary>
public static class PlanPrinter
{
    /// <summary>Prints one playbook's plan.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="plan">The plan.</param>
    public static void Print(TextWriter output, PlaybookPlan plan)
    {
        var manifest = plan.Playbook.Manifest;
        var trigger = manifest.Triggers[plan.Trigger];
        output.WriteLine($"  playbook {manifest.Name} (module {manifest.Module}{(manifest.Priority is { } p ? $", priority {p}" : string.Empty)}), on {(trigger.OnResolved ? "resolved" : "alert")} \"{trigger.AlertName}\"{(trigger.HasCondition ? " where its condition holds" : string.Empty)}");
        output.WriteLine($"    gates: {Approval(plan.Result.Autonomy, manifest.Approvers)}");
        foreach (var gate in Guards(manifest))
        {
            output.WriteLine($"           {gate}");
        }

        output.WriteLine("    steps:");
        var number = 0;
        foreach (var step in manifest.Steps)
        {
            number++;
            output.WriteLine($"      {number}. {step.Name} \"{step.Title}\" ({EffectText(step.Effect)})");
            foreach (var action in step.Actions.Select(manifest.FindAction).OfType<ActionDescriptor>())
            {
                output.WriteLine($"         {action.Name} ({EffectText(action.Effect)}, {action.Risk.ToString().ToLowerInvariant()} risk): rollback {Rollback(action)}");
            }
        }

        if (plan.UnknownTargets is { } unknown)
        {
            output.WriteLine($"    targets: unknown ({unknown}); a runtime configuration with that provider lets the plan resolve them");
        }
        else if (plan.Result.Plan.Count > 0)
        {
            output.WriteLine($"    targets: {string.Join(", ", plan.Result.Plan.Select(a => a.Target).Distinct(StringComparer.Ordinal))}");
            foreach (var action in plan.Result.Plan)
            {
                output.WriteLine($"      would {action.Action} on {action.Target} in step '{action.Step}'; rollback {action.Rollback}; gate: {action.Gate}");
            }
        }
        else if (plan.Result.Succeeded)
        {
            output.WriteLine("    targets: none: the run would change nothing");
        }

        foreach (var refusal in plan.GuardRefusals)
        {
            output.WriteLine($"    REFUSED by the {refusal.Guard} guard: {refusal.Message}");
        }

        if (!plan.Result.Succeeded && plan.UnknownTargets is null)
        {
            var refusal = plan.Result.Failure?.Refusal;
            output.WriteLine(refusal is not null
                ? $"    REFUSED by the {refusal.Guard} guard: {refusal.Message}"
                : $"    FAILED: {plan.Result.Failure?.Message ?? plan.Result.Message}");
        }
    }

    private static string Approval(AutonomyLevel autonomy, int approvers) => autonomy switch
    {
        AutonomyLevel.ObserveOnly => "observe_only: queries only, never acts",
        AutonomyLevel.Suggest => "suggest: records the plan and acts on nothing",
        AutonomyLevel.Supervised => $"supervised: each mutating step waits for approval by {approvers} person(s) other than the requester",
        _ => "autonomous: acts without approval, within the guards",
    };

    private static IEnumerable<string> Guards(PlaybookManifest manifest)
    {
        if (manifest.BlastRadius is { } blast)
        {
            var limits = new List<string>();
            if (blast.MaxTargets is { } max) limits.Add($"at most {max} target(s)");
            if (blast.MaxPercent is { } percent) limits.Add(string.Create(CultureInfo.InvariantCulture, $"at most {percent * 100:0.##}% of the population"));
            yield return $"blast radius: {string.Join(", ", limits)}{(blast.ScopeField is { } field ? $" (scope {field} = {blast.ScopeValue})" : string.Empty)}";
        }

        if (manifest.CircuitBreaker is { } breaker)
        {
            yield return $"circuit breaker: opens after {breaker.Failures} failure(s) within {breaker.Window}, for {breaker.Cooldown}";
        }

        if (manifest.RateLimit is { } rate)
        {
            yield return $"rate limit: {rate.Count} run(s) per {rate.Window}";
        }

        if (manifest.TargetCooldown is { } cooldown)
        {
            yield return $"cooldown: {cooldown} per target";
        }

        yield return $"timeout: {manifest.Timeout}; kill switch: checked before each mutation";
    }

    private static string EffectText(Effect effect) => effect == Effect.ReadOnly ? "read-only" : effect.ToString().ToLowerInvariant();

    private static string Rollback(ActionDescriptor action) => action.Rollback is { } rollback
        ? $"{rollback.ProviderId}({string.Join(", ", rollback.Arguments.Select(a => a.Parameter))})"
        : action.IrreversibleReason is { } reason ? $"none (irreversible: {reason})" : "none";
}
