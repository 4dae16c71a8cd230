using Remedy.Runtime.Manifest;

namespace Remedy.Runtime.Safety;

/// <summary>
/// Progressive autonomy, pure: a playbook runs at its promoted level only when its recorded outcomes since
/// the last breaker trip satisfy the promotion rule, judged on the Wilson lower bound (95%) of the success
/// rate so that a lucky handful of runs does not promote it.
/// </summary>
public static class AutonomyPromotion
{
    /// <summary>The level a playbook runs at.</summary>
    /// <param name="declared">The declared level.</param>
    /// <param name="rule">The promotion rule, or null.</param>
    /// <param name="runs">Recorded acting runs since the last breaker trip.</param>
    /// <param name="successes">How many of them succeeded.</param>
    /// <returns>The effective level.</returns>
    public static AutonomyLevel Effective(AutonomyLevel declared, PromotionRule? rule, int runs, int successes)
    {
        if (rule is null || rule.To <= declared || runs < rule.AfterRuns || runs == 0)
        {
            return declared;
        }

        return WilsonLowerBound(successes, runs) >= rule.MinSuccessRate ? rule.To : declared;
    }

    /// <summary>The Wilson score interval's lower bound at 95% confidence (the learning library's, so both agree).</summary>
    /// <param name="successes">Successes.</param>
    /// <param name="trials">Trials (positive).</param>
    /// <returns>The lower bound in [0, 1].</returns>
    public static double WilsonLowerBound(int successes, int trials) =>
        trials <= 0 ? 0 : Remedy.Learning.Statistics.Wilson.Lower(successes, trials);
}
