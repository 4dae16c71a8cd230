using Remedy.Learning.Promotion;
using Remedy.Learning.Snapshots;
using Remedy.Learning.Statistics;

namespace Remedy.Learning.Tests.Promotion;

public sealed class PromotionEvaluatorTests
{
    private static readonly PromotionRule Rule = new(AutonomyLevel.Supervised, AutonomyLevel.Autonomous, MinRuns: 20, MinSuccessRate: 0.80);

    [Fact]
    public void Promotes_on_the_run_where_runs_and_the_wilson_lower_bound_both_suffice()
    {
        var state = AutonomyState.Initial(Rule);
        AutonomyTransition? transition = null;
        var promotedAt = 0;
        for (var run = 1; run <= 20 && transition is null; run++)
        {
            (state, transition) = PromotionEvaluator.RecordOutcome(Rule, state, success: true);
            promotedAt = run;
        }

        // 19/19 has lower bound 0.832 but too few runs; 20/20 has 0.839 >= 0.80.
        Assert.Equal(20, promotedAt);
        Assert.Equal(AutonomyLevel.Autonomous, state.Level);
        Assert.Equal((AutonomyLevel.Supervised, AutonomyLevel.Autonomous), (transition!.From, transition.To));
        Assert.Equal(20 / (20 + Math.Pow(Wilson.Z(0.95), 2)), transition.Evidence.WilsonLower, 12);
    }

    [Fact]
    public void A_raw_ratio_above_the_threshold_is_not_enough()
    {
        // 17/20 = 85% >= 80%, but the Wilson lower bound is 0.640.
        var state = new AutonomyState(AutonomyLevel.Supervised, 20, 17, 0);

        var step = PromotionEvaluator.Evaluate(Rule, state);
        var evidence = PromotionEvaluator.Evidence(Rule, state);

        Assert.Null(step.Transition);
        Assert.Equal(0.85, evidence.PointEstimate, 12);
        Assert.Equal(0.6396, evidence.WilsonLower, 4);
        Assert.False(evidence.RuleHolds);
    }

    [Fact]
    public void Evidence_says_how_many_successful_runs_are_still_needed()
    {
        Assert.Equal(20, PromotionEvaluator.Evidence(Rule, AutonomyState.Initial(Rule)).SuccessfulRunsNeeded);

        // A 95% rule on the Wilson bound needs n / (n + z²) >= 0.95, i.e. 73 straight successes.
        var strict = Rule with { MinSuccessRate = 0.95 };
        Assert.Equal(73, PromotionEvaluator.Evidence(strict, AutonomyState.Initial(strict)).SuccessfulRunsNeeded);

        var holding = new AutonomyState(AutonomyLevel.Supervised, 30, 30, 0);
        Assert.Equal(0, PromotionEvaluator.Evidence(Rule, holding).SuccessfulRunsNeeded);

        var impossible = Rule with { MinSuccessRate = 1.0 };
        Assert.Null(PromotionEvaluator.Evidence(impossible, holding).SuccessfulRunsNeeded);
    }

    [Fact]
    public void The_needed_runs_really_are_the_fewest_that_make_the_rule_hold()
    {
        var state = new AutonomyState(AutonomyLevel.Supervised, 25, 21, 0);

        var needed = PromotionEvaluator.Evidence(Rule, state).SuccessfulRunsNeeded!.Value;

        Assert.True(Wilson.Lower(21 + needed, 25 + needed) >= 0.80);
        Assert.True(Wilson.Lower(21 + needed - 1, 25 + needed - 1) < 0.80);
    }

    [Fact]
    public void A_breaker_trip_demotes_to_the_declared_level_and_restarts_the_evidence()
    {
        var promoted = new AutonomyState(AutonomyLevel.Autonomous, 60, 58, 0);

        var (state, transition) = PromotionEvaluator.BreakerTripped(Rule, promoted);

        Assert.Equal(new AutonomyState(AutonomyLevel.Supervised, 0, 0, 1), state);
        Assert.Equal((AutonomyLevel.Autonomous, AutonomyLevel.Supervised), (transition!.From, transition.To));
        Assert.Equal(58, transition.Evidence.Successes);
        Assert.Null(PromotionEvaluator.RecordOutcome(Rule, state, true).Transition);
    }

    [Fact]
    public void A_breaker_trip_at_the_declared_level_resets_evidence_without_a_level_change()
    {
        var (state, transition) = PromotionEvaluator.BreakerTripped(Rule, new AutonomyState(AutonomyLevel.Supervised, 15, 15, 2));

        Assert.Null(transition);
        Assert.Equal(new AutonomyState(AutonomyLevel.Supervised, 0, 0, 3), state);
    }

    [Fact]
    public void Nothing_promotes_beyond_the_promotion_level()
    {
        var state = new AutonomyState(AutonomyLevel.Autonomous, 100, 100, 0);

        var step = PromotionEvaluator.RecordOutcome(Rule, state, true);

        Assert.Equal(new AutonomyState(AutonomyLevel.Autonomous, 101, 101, 0), step.State);
        Assert.Null(step.Transition);
    }

    [Fact]
    public void A_rule_that_does_not_promote_upwards_is_rejected() =>
        Assert.Throws<ArgumentException>(() => PromotionEvaluator.Evaluate(Rule with { PromoteTo = AutonomyLevel.Suggest }, AutonomyState.Initial(Rule)));

    [Fact]
    public void Autonomy_state_survives_a_restart_through_json()
    {
        var state = new AutonomyState(AutonomyLevel.Autonomous, 42, 40, 1);

        var json = LearningJson.Serialize(state);

        Assert.Contains("\"level\":\"Autonomous\"", json, StringComparison.Ordinal);
        Assert.Equal(state, LearningJson.DeserializeAutonomy(json));
    }
}
