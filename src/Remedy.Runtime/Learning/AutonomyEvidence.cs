using Remedy.Learning.Promotion;
using Remedy.Runtime.Engine;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Storage;
using RuntimeLevel = Remedy.Runtime.Manifest.AutonomyLevel;
using LearningLevel = Remedy.Learning.Promotion.AutonomyLevel;

namespace Remedy.Runtime.Learning;

/// <summary>One playbook's autonomy as the runtime would judge it now, with the evidence for its promotion.</summary>
/// <param name="Playbook">The playbook.</param>
/// <param name="Declared">The level it declares.</param>
/// <param name="Effective">The level it runs at now.</param>
/// <param name="Rule">Its promotion rule, if any.</param>
/// <param name="Evidence">What its record says against the rule, if it has one.</param>
public sealed record AutonomyEvidence(string Playbook, RuntimeLevel Declared, RuntimeLevel Effective, Remedy.Runtime.Manifest.PromotionRule? Rule, PromotionEvidence? Evidence)
{
    /// <summary>Reads a loaded playbook's record from the store: outcomes since the last breaker trip count.</summary>
    /// <param name="playbook">The loaded playbook.</param>
    /// <param name="store">The state store.</param>
    /// <returns>The evidence.</returns>
    public static AutonomyEvidence For(LoadedPlaybook playbook, IRuntimeStore store)
    {
        var manifest = playbook.Manifest;
        var since = store.GetBreakerTrip(manifest.Name) ?? DateTimeOffset.UnixEpoch;
        var (runs, successes) = store.CountOutcomes(manifest.Name, since);
        var effective = Remedy.Runtime.Safety.AutonomyPromotion.Effective(manifest.Autonomy, manifest.Promotion, runs, successes);
        if (manifest.Promotion is not { } rule || rule.To <= manifest.Autonomy)
            return new AutonomyEvidence(manifest.Name, manifest.Autonomy, effective, null, null);
        var learningRule = new Remedy.Learning.Promotion.PromotionRule(Level(manifest.Autonomy), Level(rule.To), rule.AfterRuns, Math.Max(rule.MinSuccessRate, 1e-9));
        var evidence = PromotionEvaluator.Evidence(learningRule, new AutonomyState(Level(effective), runs, successes, 0));
        return new AutonomyEvidence(manifest.Name, manifest.Autonomy, effective, rule, evidence);
    }

    private static LearningLevel Level(RuntimeLevel level) => Enum.Parse<LearningLevel>(level.ToString());
}
