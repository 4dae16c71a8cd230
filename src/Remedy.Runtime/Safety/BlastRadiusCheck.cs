using Remedy.Runtime.Manifest;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Safety;

/// <summary>
/// The blast-radius rules, pure. Counts are of distinct targets across the whole run, so a playbook cannot
/// spread more than <c>max_targets</c> over several steps; the share is of the population the step's targets
/// came from. An empty target list always passes: it is a no-op, never "everything".
/// </summary>
public static class BlastRadiusCheck
{
    // Shares are compared with a little slack so 1 of 4 passes a 25% limit despite floating point.
    private const double Epsilon = 1e-9;

    /// <summary>Checks a step's resolved targets.</summary>
    /// <param name="policy">The policy, or null when the manifest declares none.</param>
    /// <param name="step">The step name, for messages.</param>
    /// <param name="targets">The step's targets (keys and values).</param>
    /// <param name="population">How many candidates the targets were drawn from.</param>
    /// <param name="earlierTargets">Target keys already declared earlier in the run.</param>
    /// <returns>A refusal, or null when within bounds.</returns>
    public static Refusal? Evaluate(
        BlastRadiusPolicy? policy,
        string step,
        IReadOnlyList<KeyValuePair<string, RValue>> targets,
        int population,
        IReadOnlySet<string> earlierTargets)
    {
        if (targets.Count == 0)
        {
            return null;
        }

        if (policy is null)
        {
            return new(GuardKind.BlastRadius, $"step '{step}' resolved {targets.Count} target(s) but the playbook declares no blast_radius");
        }

        if (policy.ScopeField is { } field && policy.ScopeValue is { } expected)
        {
            foreach (var (key, value) in targets)
            {
                var actual = value is MapValue map && map.TryGetString(field, out var s) ? s : null;
                if (actual != expected)
                {
                    var shown = actual is null ? $"has no {field}" : $"has {field} \"{actual}\"";
                    return new(GuardKind.Scope, $"target '{key}' of step '{step}' {shown}; the playbook's scope is {field} \"{expected}\"");
                }
            }
        }

        var distinct = targets.Select(t => t.Key).Distinct(StringComparer.Ordinal).ToArray();
        if (policy.MaxTargets is { } max)
        {
            var runTotal = earlierTargets.Union(distinct, StringComparer.Ordinal).Count();
            if (runTotal > max)
            {
                var earlier = runTotal == distinct.Length ? string.Empty : $" ({runTotal} in the run so far)";
                return new(GuardKind.BlastRadius, $"step '{step}' resolved {distinct.Length} target(s){earlier}; max_targets is {max}");
            }
        }

        if (policy.MaxPercent is { } maxShare)
        {
            // A population smaller than the target list is a bug in the caller; treat the list as the whole population.
            var whole = Math.Max(population, distinct.Length);
            var share = (double)distinct.Length / whole;
            if (share > maxShare + Epsilon)
            {
                return new(GuardKind.BlastRadius,
                    $"step '{step}' targets {distinct.Length} of {whole} ({Percent(share)}); max_percent is {Percent(maxShare)}");
            }
        }

        return null;
    }

    private static string Percent(double share) =>
        (share * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
