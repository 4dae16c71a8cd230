using Remedy.Runtime.Providers;

namespace Remedy.Runtime.Manifest;

/// <summary>
/// Re-checks a manifest at load time. The compiler already enforces these rules; the runtime checks them
/// again so that a hand-edited or stale assembly cannot run with weaker guarantees, and so that an unknown
/// provider id is a load-time error rather than a run-time surprise.
/// </summary>
public static class ManifestValidator
{
    /// <summary>Validates a manifest against the registered providers.</summary>
    /// <param name="manifest">The manifest.</param>
    /// <param name="providers">The registry.</param>
    /// <returns>Every problem found, each a complete sentence; empty when valid.</returns>
    public static IReadOnlyList<string> Validate(PlaybookManifest manifest, ProviderRegistry providers)
    {
        var errors = new List<string>();
        var name = string.IsNullOrWhiteSpace(manifest.Name) ? "(unnamed)" : manifest.Name;
        void Error(string message) => errors.Add($"playbook '{name}': {message}");

        if (string.IsNullOrWhiteSpace(manifest.Name))
        {
            Error("the manifest has no name");
        }

        if (manifest.SourceHash.Length != 64 || !manifest.SourceHash.All(Uri.IsHexDigit))
        {
            Error("the manifest's source hash is not a SHA-256 hex string; recompile the playbook");
        }

        if (manifest.Timeout <= TimeSpan.Zero)
        {
            Error("timeout must be positive");
        }

        if (manifest.Approvers < 1)
        {
            Error($"approvers must be at least 1 (is {manifest.Approvers})");
        }

        CheckUnique(manifest.Steps.Select(s => s.Name), "step", Error);
        CheckUnique(manifest.Actions.Select(a => a.Name), "action", Error);
        CheckUnique(manifest.Queries.Select(q => q.Name), "query", Error);
        CheckUnique(manifest.Choices.Select(c => c.Name), "choice", Error);

        foreach (var query in manifest.Queries)
        {
            if (!providers.Contains(query.ProviderId))
            {
                Error($"query '{query.Name}' uses provider \"{query.ProviderId}\", which is not registered with this runtime");
            }

            if (query.Timeout <= TimeSpan.Zero)
            {
                Error($"query '{query.Name}' has no positive timeout");
            }
        }

        foreach (var action in manifest.Actions)
        {
            CheckAction(manifest, action, providers, Error);
        }

        var used = new List<ActionDescriptor>();
        foreach (var step in manifest.Steps)
        {
            if (step.Retries < 0)
            {
                Error($"step '{step.Name}' has a negative retry count");
            }

            var strongest = Effect.ReadOnly;
            foreach (var actionName in step.Actions)
            {
                if (manifest.FindAction(actionName) is not { } action)
                {
                    Error($"step '{step.Name}' calls action '{actionName}', which the manifest does not declare");
                    continue;
                }

                used.Add(action);
                strongest = action.Effect > strongest ? action.Effect : strongest;
            }

            if (strongest > step.Effect)
            {
                Error($"step '{step.Name}' is declared {step.Effect} but calls a {strongest} action");
            }
        }

        var mutates = manifest.Steps.Any(s => s.Effect != Effect.ReadOnly) || used.Any(a => a.IsMutation);
        CheckAutonomy(manifest, manifest.Autonomy, "declared", used, mutates, Error);
        if (manifest.Promotion is { } promotion)
        {
            if (promotion.AfterRuns < 1 || promotion.MinSuccessRate is <= 0 or > 1)
            {
                Error("the promotion rule needs at least 1 run and a success rate in (0, 100%]");
            }

            CheckAutonomy(manifest, promotion.To, "promotion target", used, mutates, Error);
        }

        CheckPolicies(manifest, mutates, Error);
        foreach (var choice in manifest.Choices)
        {
            if (choice.Options.Count == 0)
            {
                Error($"choice '{choice.Name}' has no options");
            }

            if (choice.FixedOption is { } fixedOption && !choice.Options.Contains(fixedOption))
            {
                Error($"choice '{choice.Name}' fixes option '{fixedOption}', which is not one of its options");
            }
        }

        return errors;
    }

    private static void CheckAction(PlaybookManifest manifest, ActionDescriptor action, ProviderRegistry providers, Action<string> error)
    {
        if (!providers.Contains(action.ProviderId))
        {
            error($"action '{action.Name}' uses provider \"{action.ProviderId}\", which is not registered with this runtime");
        }

        if (action.Timeout <= TimeSpan.Zero)
        {
            error($"action '{action.Name}' has no positive timeout");
        }

        if (action.Effect == Effect.Destructive && action.Rollback is not null)
        {
            error($"action '{action.Name}' is destructive, so it cannot declare a rollback; declare it irreversible");
        }

        if (action.IsMutation && action.Rollback is null && string.IsNullOrWhiteSpace(action.IrreversibleReason))
        {
            error($"action '{action.Name}' mutates but declares neither a rollback nor an irreversible reason (RMD1001)");
        }

        if (action.Rollback is { } rollback)
        {
            if (!providers.Contains(rollback.ProviderId))
            {
                error($"the rollback of action '{action.Name}' uses provider \"{rollback.ProviderId}\", which is not registered with this runtime");
            }

            var undo = manifest.Actions.FirstOrDefault(a => a.ProviderId == rollback.ProviderId);
            if (undo is not null && (undo.Effect == Effect.Destructive || undo.Rollback is null && undo.IsMutation))
            {
                error($"the rollback of action '{action.Name}' calls '{undo.Name}', which is itself irreversible or destructive (RMD1011)");
            }
        }
    }

    private static void CheckAutonomy(PlaybookManifest manifest, AutonomyLevel level, string which, List<ActionDescriptor> used, bool mutates, Action<string> error)
    {
        if (level == AutonomyLevel.ObserveOnly && mutates)
        {
            error($"the {which} level is observe_only but the playbook has mutating steps (RMD1010)");
        }

        foreach (var action in used.Distinct())
        {
            if (level == AutonomyLevel.Autonomous && (action.Effect == Effect.Destructive || action.IsMutation && action.Rollback is null))
            {
                error($"action '{action.Name}' is irreversible or destructive and the {which} level is autonomous (RMD1002)");
            }

            var allowed = level switch
            {
                AutonomyLevel.Autonomous => Risk.Medium,
                AutonomyLevel.Supervised => manifest.Approvers >= 2 ? Risk.Critical : Risk.High,
                _ => Risk.Critical,
            };
            if (action.IsMutation && action.Risk > allowed)
            {
                error($"action '{action.Name}' is {action.Risk} risk, more than the {which} level {level} allows (RMD1003)");
            }
        }

        if (level == AutonomyLevel.Autonomous && manifest.CircuitBreaker is null && mutates)
        {
            error($"the {which} level is autonomous but the playbook declares no circuit_breaker (RMD1007)");
        }
    }

    private static void CheckPolicies(PlaybookManifest manifest, bool mutates, Action<string> error)
    {
        if (mutates && manifest.BlastRadius is null)
        {
            error("the playbook has mutating steps but declares no blast_radius (RMD1004)");
        }

        if (manifest.BlastRadius is { } blast)
        {
            if (blast.MaxTargets is < 1)
            {
                error("blast_radius max_targets must be at least 1");
            }

            if (blast.MaxPercent is { } share && (share <= 0 || share > 1))
            {
                error("blast_radius max_percent must be in (0%, 100%]");
            }

            if ((blast.ScopeField is null) != (blast.ScopeValue is null))
            {
                error("blast_radius scope needs both a field and a value");
            }

            if (blast.MaxTargets is { } max && manifest.Bounds.MaxTargets is { } bound && bound > max)
            {
                error($"the compiler's target bound {bound} exceeds max_targets {max} (RMD1005)");
            }
        }

        if (manifest.CircuitBreaker is { } breaker && (breaker.Failures < 1 || breaker.Window <= TimeSpan.Zero || breaker.Cooldown <= TimeSpan.Zero))
        {
            error("circuit_breaker needs at least 1 failure, a positive window and a positive cooldown");
        }

        if (manifest.RateLimit is { } rate && (rate.Count < 1 || rate.Window <= TimeSpan.Zero))
        {
            error("rate_limit needs a count of at least 1 and a positive window");
        }

        if (manifest.TargetCooldown is { } cooldown && cooldown < TimeSpan.Zero)
        {
            error("the target cooldown cannot be negative");
        }

        if (manifest.Bounds.WorstCaseDuration > manifest.Timeout)
        {
            error($"the worst-case duration {manifest.Bounds.WorstCaseDuration} exceeds the timeout {manifest.Timeout} (RMD1009)");
        }
    }

    private static void CheckUnique(IEnumerable<string> names, string what, Action<string> error)
    {
        foreach (var duplicate in names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            error($"{what} '{duplicate.Key}' is declared more than once");
        }
    }
}
