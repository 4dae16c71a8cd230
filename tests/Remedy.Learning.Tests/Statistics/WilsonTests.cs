using Remedy.Learning.Statistics;

namespace Remedy.Learning.Tests.Statistics;

public sealed class WilsonTests
{
    [Fact]
    public void Eight_of_ten_at_95_percent_matches_the_published_interval()
    {
        var interval = Wilson.Interval(8, 10, 0.95);

        Assert.Equal(0.4902, interval.Lower, 4);
        Assert.Equal(0.9433, interval.Upper, 4);
        Assert.Equal(0.8, interval.PointEstimate, 10);
    }

    [Theory]
    [InlineData(0.95, 1.959964)]
    [InlineData(0.90, 1.644854)]
    [InlineData(0.99, 2.575829)]
    public void Z_is_the_two_sided_normal_quantile(double confidence, double expected) =>
        Assert.Equal(expected, Wilson.Z(confidence), 5);

    [Fact]
    public void All_successes_give_n_over_n_plus_z_squared_as_lower_bound()
    {
        var z2 = Math.Pow(Wilson.Z(0.95), 2);

        Assert.Equal(20 / (20 + z2), Wilson.Lower(20, 20), 10);
        Assert.Equal(1, Wilson.Upper(20, 20));
    }

    [Fact]
    public void No_trials_is_the_whole_unit_interval_and_no_successes_has_lower_bound_zero()
    {
        Assert.Equal((0.0, 1.0), (Wilson.Lower(0, 0), Wilson.Upper(0, 0)));
        Assert.Equal(0, Wilson.Lower(0, 10));
        Assert.Equal(0.2775, Wilson.Upper(0, 10), 4);
    }

    [Fact]
    public void Higher_confidence_widens_the_interval()
    {
        var narrow = Wilson.Interval(30, 40, 0.80);
        var wide = Wilson.Interval(30, 40, 0.99);

        Assert.True(wide.Lower < narrow.Lower);
        Assert.True(wide.Upper > narrow.Upper);
    }

    [Theory]
    [InlineData(5, 4)]
    [InlineData(-1, 4)]
    public void Impossible_counts_are_rejected(long successes, long trials) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Wilson.Interval(successes, trials));
}
