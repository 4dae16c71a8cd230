using Remedy.Learning.Metrics;

namespace Remedy.Learning.Tests.Metrics;

public sealed class OfflineEvaluatorTests
{
    private static OutcomeRecord Run(string option, double probability, bool success) =>
        new("p", ["x"], option, probability, success, null, !success);

    [Fact]
    public void Weights_each_run_by_the_ratio_of_candidate_to_logged_probability()
    {
        OutcomeRecord[] records = [Run("a", 0.5, true), Run("b", 0.5, false), Run("a", 0.25, true), Run("b", 0.75, true)];

        // Candidate always picks "a": weights 2, 0, 4, 0.
        var estimate = OfflineEvaluator.Estimate(records, r => r.Option == "a" ? 1 : 0);

        Assert.Equal((2 + 4) / 4.0, estimate.InversePropensity, 12);
        Assert.Equal(1, estimate.SelfNormalized, 12);
        Assert.Equal(36 / 20.0, estimate.EffectiveSampleSize, 12);
    }

    [Fact]
    public void Evaluating_the_logging_policy_itself_gives_its_observed_success_rate()
    {
        var random = new Random(4);
        var records = Enumerable.Range(0, 200).Select(_ => Run(random.Next(3) == 0 ? "a" : "b", random.NextDouble() * 0.9 + 0.1, random.Next(4) > 0)).ToArray();

        var estimate = OfflineEvaluator.Estimate(records, r => r.ChoiceProbability);

        var observed = records.Count(r => r.Success) / 200.0;
        Assert.Equal(observed, estimate.InversePropensity, 12);
        Assert.Equal(observed, estimate.SelfNormalized, 12);
        Assert.Equal(200, estimate.EffectiveSampleSize, 9);
    }

    [Fact]
    public void A_run_logged_with_probability_zero_cannot_be_reweighted() =>
        Assert.Throws<ArgumentException>(() => OfflineEvaluator.Estimate([Run("a", 0, true)], _ => 1));
}
