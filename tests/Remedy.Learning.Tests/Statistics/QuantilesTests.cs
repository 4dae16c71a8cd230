using Remedy.Learning.Statistics;

namespace Remedy.Learning.Tests.Statistics;

public sealed class QuantilesTests
{
    [Fact]
    public void Interpolates_between_order_statistics()
    {
        double[] values = [4, 1, 3, 2];

        Assert.Equal(2.5, Quantiles.Of(values, 0.5));
        Assert.Equal(1.75, Quantiles.Of(values, 0.25));
        Assert.Equal(4, Quantiles.Of(values, 1));
    }

    [Fact]
    public void A_quantile_that_touches_a_censored_value_is_censored()
    {
        double[] values = [1, 2, double.PositiveInfinity, double.PositiveInfinity];

        Assert.Equal(1.75, Quantiles.Of(values, 0.25));
        Assert.Equal(double.PositiveInfinity, Quantiles.Of(values, 0.5));
    }
}
