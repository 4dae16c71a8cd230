using System.Text.Json;
using Remedy.Runtime.Providers;
using Remedy.Runtime.Providers.Notify;
using Remedy.Runtime.Tests.Support;

namespace Remedy.Runtime.Tests.Providers;

public sealed class NotifierTests
{
    private static readonly Notification Sample = new(
        NotificationKind.Escalate, "payments-oncall", "checkout still leaking", "run-7", "checkout_memory_leak", new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task The_text_writer_notifier_writes_one_line()
    {
        using var writer = new StringWriter();
        var result = await new TextWriterNotifier(writer).SendAsync(Sample, default);
        Assert.True(result.Succeeded);
        Assert.Equal("[2026-01-05 09:00:00Z] ESCALATE #payments-oncall (checkout_memory_leak, run run-7): checkout still leaking" + Environment.NewLine, writer.ToString());
    }

    [Fact]
    public async Task The_webhook_notifier_posts_json_to_a_real_server()
    {
        using var server = new LocalHttpServer(_ => (200, "ok"));
        using var client = new HttpClient();
        var result = await new WebhookNotifier(client, new Uri(server.BaseUrl + "hook")).SendAsync(Sample, default);

        Assert.True(result.Succeeded, result.Failure?.Message);
        var request = Assert.Single(server.Requests);
        using var json = JsonDocument.Parse(request.Body);
        Assert.Equal("escalate", json.RootElement.GetProperty("kind").GetString());
        Assert.Equal("payments-oncall", json.RootElement.GetProperty("channel").GetString());
        Assert.Equal("run-7", json.RootElement.GetProperty("run_id").GetString());
    }

    [Fact]
    public async Task A_webhook_that_answers_an_error_is_a_failure()
    {
        using var server = new LocalHttpServer(_ => (500, "down"));
        using var client = new HttpClient();
        var result = await new WebhookNotifier(client, new Uri(server.BaseUrl + "hook")).SendAsync(Sample, default);
        Assert.Equal(FailureKind.Unavailable, result.Failure?.Kind);
        Assert.Contains("answered 500", result.Failure!.Message);
    }

    [Fact]
    public async Task The_router_sends_a_channel_to_its_route_and_others_to_the_default()
    {
        using var defaults = new StringWriter();
        using var payments = new StringWriter();
        var router = new NotificationRouter(
            [new TextWriterNotifier(defaults)],
            new Dictionary<string, IReadOnlyList<INotifier>> { ["payments-oncall"] = [new TextWriterNotifier(payments)] });

        await router.SendAsync(Sample, default);
        await router.SendAsync(Sample with { Channel = "ops", Kind = NotificationKind.Notify }, default);

        Assert.Contains("#payments-oncall", payments.ToString());
        Assert.DoesNotContain("#ops", payments.ToString());
        Assert.Contains("notify #ops", defaults.ToString());
        Assert.Equal(FailureKind.Unavailable, (await new NotificationRouter([]).SendAsync(Sample, default)).Failure?.Kind);
    }
}
