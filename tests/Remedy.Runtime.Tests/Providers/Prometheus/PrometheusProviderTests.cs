using Remedy.Runtime.Providers;
using Remedy.Runtime.Providers.Prometheus;
using Remedy.Runtime.Tests.Support;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.Providers.Prometheus;

/// <summary>The Prometheus providers against a real Prometheus started by the test, scraping a real exporter.</summary>
public sealed class PrometheusProviderTests : IClassFixture<PrometheusFixture>, IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    private readonly PrometheusFixture fixture;
    private readonly HttpClient client = new() { Timeout = TimeSpan.FromSeconds(15) };

    public PrometheusProviderTests(PrometheusFixture fixture) => this.fixture = fixture;

    private PrometheusProviderOptions Options => new() { BaseUrl = fixture.Server.BaseUrl };

    public void Dispose() => client.Dispose();

    [PrometheusFact]
    public async Task An_instant_query_returns_the_scraped_value()
    {
        await fixture.Server.WaitForScrapesAsync(2, Limit);
        var provider = new PrometheusQueryProvider(client, Options);

        var gauge = await Call(provider, ("expr", "remedy_queue_depth"));
        Assert.True(gauge.Succeeded, gauge.Failure?.Message);
        Assert.Equal(new NumberValue(42), gauge.Value);

        var sum = await Call(provider, ("expr", "sum(remedy_errors_total)"));
        Assert.Equal(new NumberValue(3), sum.Value);

        var scalar = await Call(provider, ("expr", "scalar(remedy_queue_depth) / 2"));
        Assert.Equal(new NumberValue(21), scalar.Value);

        var up = await Call(provider, ("expr", "up{job=\"exporter\"}"));
        Assert.Equal(new NumberValue(1), up.Value);
    }

    [PrometheusFact]
    public async Task An_instant_query_fails_rather_than_guess()
    {
        await fixture.Server.WaitForScrapesAsync(2, Limit);
        var provider = new PrometheusQueryProvider(client, Options);

        var several = await Call(provider, ("expr", "remedy_errors_total"));
        Assert.Equal(FailureKind.Conflict, several.Failure?.Kind);
        Assert.Contains("2 series", several.Failure!.Message);

        var none = await Call(provider, ("expr", "remedy_no_such_metric"));
        Assert.Equal(FailureKind.NotFound, none.Failure?.Kind);

        var nan = await Call(provider, ("expr", "0 / 0"));
        Assert.Equal(FailureKind.Conflict, nan.Failure?.Kind);
        Assert.Contains("NaN", nan.Failure!.Message);

        var malformed = await Call(provider, ("expr", "sum(remedy_queue_depth"));
        Assert.Equal(FailureKind.BadArgument, malformed.Failure?.Kind);
        Assert.Contains("bad_data", malformed.Failure!.Message);
    }

    [PrometheusFact]
    public async Task A_range_query_returns_samples_newest_first()
    {
        await fixture.Server.WaitForScrapesAsync(4, Limit);
        var provider = new PrometheusQueryRangeProvider(client, Options);

        var result = await Call(provider, ("expr", "max(remedy_queue_depth)"), ("range", TimeSpan.FromSeconds(30)), ("step", TimeSpan.FromSeconds(1)));

        Assert.True(result.Succeeded, result.Failure?.Message);
        var samples = ((ListValue)result.Value).Items.Cast<MapValue>().ToList();
        Assert.NotEmpty(samples);
        Assert.All(samples, s => Assert.Equal(new NumberValue(42), s.Get("value")));
        var ages = samples.Select(s => s.TryGetDuration("age", out var a) ? a : TimeSpan.MinValue).ToList();
        Assert.Equal(ages.OrderBy(a => a), ages);
        Assert.All(ages, a => Assert.InRange(a, TimeSpan.Zero, TimeSpan.FromSeconds(30)));
        Assert.True(ages[0] < TimeSpan.FromSeconds(1));

        var empty = await Call(provider, ("expr", "remedy_no_such_metric"), ("range", TimeSpan.FromSeconds(30)), ("step", TimeSpan.FromSeconds(1)));
        Assert.Equal(new ListValue([]), empty.Value);

        var several = await Call(provider, ("expr", "remedy_errors_total"), ("range", TimeSpan.FromSeconds(30)), ("step", TimeSpan.FromSeconds(1)));
        Assert.Equal(FailureKind.Conflict, several.Failure?.Kind);
    }

    [PrometheusFact]
    public async Task Too_many_points_bad_arguments_and_an_unreachable_server_are_typed_failures()
    {
        var provider = new PrometheusQueryRangeProvider(client, Options);
        var tooMany = await Call(provider, ("expr", "up"), ("range", TimeSpan.FromHours(24)), ("step", TimeSpan.FromSeconds(1)));
        Assert.Equal(FailureKind.BadArgument, tooMany.Failure?.Kind);
        Assert.Contains("11000", tooMany.Failure!.Message);

        var noStep = await Call(provider, ("expr", "up"), ("range", TimeSpan.FromMinutes(1)));
        Assert.Equal(FailureKind.BadArgument, noStep.Failure?.Kind);

        var down = await Call(
            new PrometheusQueryProvider(client, new PrometheusProviderOptions { BaseUrl = new Uri("http://127.0.0.1:1/") }),
            ("expr", "up"));
        Assert.Equal(FailureKind.Unavailable, down.Failure?.Kind);
    }

    private static Task<ProviderResult> Call(IProvider provider, params (string Name, RValue Value)[] args) =>
        provider.ExecuteAsync(new ProviderCall(provider.Id, MapValue.Of(args), null, "run-1"), CancellationToken.None);
}
