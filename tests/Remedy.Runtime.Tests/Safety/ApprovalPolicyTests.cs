using Remedy.Runtime.Safety;

namespace Remedy.Runtime.Tests.Safety;

public sealed class ApprovalPolicyTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, "", 5, ApprovalStatus.Pending, "needs 1 approval(s) from people other than alice; has 0")]
    [InlineData(1, "+bob@1", 5, ApprovalStatus.Approved, "approved by bob")]
    [InlineData(1, "+alice@1", 5, ApprovalStatus.Pending, "an approval by the requester alice does not count")]
    [InlineData(1, "+ALICE @1", 5, ApprovalStatus.Pending, "does not count")]
    [InlineData(2, "+bob@1", 5, ApprovalStatus.Pending, "needs 2 approval(s)")]
    [InlineData(2, "+bob@1,+Bob@2", 5, ApprovalStatus.Pending, "has 1")]
    [InlineData(2, "+bob@1,+carol@2", 5, ApprovalStatus.Approved, "approved by bob, carol")]
    [InlineData(1, "", 16, ApprovalStatus.Expired, "expired at")]
    [InlineData(1, "+bob@16", 17, ApprovalStatus.Expired, "with 0 of 1 approvals")]
    [InlineData(1, "+bob@1", 20, ApprovalStatus.Approved, "approved by bob")]
    [InlineData(2, "+bob@1,-carol@2", 5, ApprovalStatus.Denied, "denied by carol")]
    [InlineData(1, "-carol@20", 21, ApprovalStatus.Expired, "expired")]
    public void Evaluates_requests(int required, string decisions, int nowMinute, ApprovalStatus expected, string message)
    {
        var request = new ApprovalRequest("run-1", "restart", "pb", "alice", required, T0, T0.AddMinutes(15), "summary");
        var list = decisions.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(d =>
        {
            var (sign, rest) = (d[0], d[1..].Split('@'));
            return new ApprovalDecision("run-1", "restart", rest[0], sign == '+', T0.AddMinutes(int.Parse(rest[1])));
        });
        var verdict = ApprovalPolicy.Evaluate(request, list, T0.AddMinutes(nowMinute));
        Assert.Equal(expected, verdict.Status);
        Assert.Contains(message, verdict.Message);
    }
}
