using Remedy.Runtime.Manifest;
using Remedy.Runtime.Safety;

namespace Remedy.Runtime.Tests.Safety;

public sealed class GuardRuleTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly CircuitBreakerPolicy Breaker = new(3, TimeSpan.FromHours(1), TimeSpan.FromMinutes(30));

    [Theory]
    [InlineData(null, 0, false)]
    [InlineData(0, 0, true)]
    [InlineData(0, 29, true)]
    [InlineData(0, 30, false)]
    public void The_breaker_is_open_during_its_cooldown(int? trippedAtMinute, int nowMinute, bool open)
    {
        DateTimeOffset? tripped = trippedAtMinute is { } m ? T0.AddMinutes(m) : null;
        Assert.Equal(open, CircuitBreaker.IsOpen(Breaker, tripped, T0.AddMinutes(nowMinute)));
    }

    [Fact]
    public void After_a_cooldown_only_new_failures_count()
    {
        var now = T0.AddMinutes(40);
        Assert.Equal(T0.AddMinutes(30), CircuitBreaker.CountingSince(Breaker, T0, now));
        Assert.Equal(now.AddHours(-1), CircuitBreaker.CountingSince(Breaker, null, now));
        Assert.False(CircuitBreaker.ShouldTrip(Breaker, 2));
        Assert.True(CircuitBreaker.ShouldTrip(Breaker, 3));
    }

    [Theory]
    [InlineData(null, null, false)]
    [InlineData(10, null, false)]
    [InlineData(10, 0, true)]
    [InlineData(10, 9, true)]
    [InlineData(10, 10, false)]
    public void Cooldown_refuses_within_the_window(int? cooldownMinutes, int? minutesSinceLast, bool refused)
    {
        var cooldown = cooldownMinutes is { } c ? TimeSpan.FromMinutes(c) : (TimeSpan?)null;
        DateTimeOffset? last = minutesSinceLast is { } m ? T0.AddMinutes(-m) : null;
        var result = CooldownCheck.Evaluate(cooldown, "prod/a", last, T0);
        Assert.Equal(refused, result is not null);
        if (refused)
        {
            Assert.Equal(GuardKind.Cooldown, result!.Guard);
            Assert.Contains("target 'prod/a' was remediated", result.Message);
        }
    }

    [Theory]
    [InlineData(AutonomyLevel.ObserveOnly, false, MutationMode.Refuse)]
    [InlineData(AutonomyLevel.ObserveOnly, true, MutationMode.Refuse)]
    [InlineData(AutonomyLevel.Suggest, false, MutationMode.PlanOnly)]
    [InlineData(AutonomyLevel.Supervised, false, MutationMode.ActAfterApproval)]
    [InlineData(AutonomyLevel.Supervised, true, MutationMode.PlanOnly)]
    [InlineData(AutonomyLevel.Autonomous, false, MutationMode.Act)]
    [InlineData(AutonomyLevel.Autonomous, true, MutationMode.PlanOnly)]
    public void The_autonomy_gate(AutonomyLevel level, bool dryRun, MutationMode expected)
    {
        Assert.Equal(expected, AutonomyGate.Decide(level, dryRun));
    }

    [Theory]
    [InlineData(19, 19, AutonomyLevel.Supervised)]
    [InlineData(20, 20, AutonomyLevel.Supervised)]
    [InlineData(100, 100, AutonomyLevel.Autonomous)]
    [InlineData(100, 96, AutonomyLevel.Supervised)]
    [InlineData(400, 396, AutonomyLevel.Autonomous)]
    public void Promotion_is_judged_on_the_wilson_lower_bound(int runs, int successes, AutonomyLevel expected)
    {
        var rule = new PromotionRule(AutonomyLevel.Autonomous, 20, 0.95);
        Assert.Equal(expected, AutonomyPromotion.Effective(AutonomyLevel.Supervised, rule, runs, successes));
    }

    [Fact]
    public void The_wilson_bound_is_below_the_raw_ratio()
    {
        Assert.InRange(AutonomyPromotion.WilsonLowerBound(20, 20), 0.83, 0.84);
        Assert.Equal(0, AutonomyPromotion.WilsonLowerBound(0, 0));
    }
}
