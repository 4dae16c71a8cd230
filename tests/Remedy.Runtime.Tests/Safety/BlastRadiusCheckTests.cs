using Remedy.Runtime.Manifest;
using Remedy.Runtime.Safety;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.Safety;

public sealed class BlastRadiusCheckTests
{
    private static readonly BlastRadiusPolicy Policy = new(3, 0.25, "namespace", "payments");

    [Theory]
    [InlineData(0, 12, 0, null)]
    [InlineData(3, 12, 0, null)]
    [InlineData(4, 100, 0, "resolved 4 target(s); max_targets is 3")]
    [InlineData(2, 4, 0, "targets 2 of 4 (50%); max_percent is 25%")]
    [InlineData(1, 4, 0, null)]
    [InlineData(2, 100, 2, "(4 in the run so far); max_targets is 3")]
    [InlineData(2, 1, 0, "targets 2 of 2 (100%)")]
    public void Counts_and_shares(int count, int population, int earlier, string? refusal)
    {
        var targets = Enumerable.Range(0, count).Select(i => Pod($"p{i}", "payments")).ToArray();
        var seen = Enumerable.Range(0, earlier).Select(i => $"payments/old{i}").ToHashSet();
        var result = BlastRadiusCheck.Evaluate(Policy, "restart", targets, population, seen);
        if (refusal is null)
        {
            Assert.Null(result);
        }
        else
        {
            Assert.Equal(GuardKind.BlastRadius, result?.Guard);
            Assert.Contains(refusal, result!.Message);
        }
    }

    [Fact]
    public void A_target_outside_the_scope_is_refused_by_name()
    {
        var result = BlastRadiusCheck.Evaluate(Policy, "restart", [Pod("a", "payments"), Pod("b", "billing")], 100, new HashSet<string>());
        Assert.Equal(GuardKind.Scope, result?.Guard);
        Assert.Contains("target 'billing/b' of step 'restart' has namespace \"billing\"; the playbook's scope is namespace \"payments\"", result!.Message);
    }

    [Fact]
    public void An_empty_target_list_passes_even_without_a_policy()
    {
        Assert.Null(BlastRadiusCheck.Evaluate(null, "restart", [], 0, new HashSet<string>()));
        Assert.Equal(GuardKind.BlastRadius, BlastRadiusCheck.Evaluate(null, "restart", [Pod("a", "payments")], 1, new HashSet<string>())?.Guard);
    }

    private static KeyValuePair<string, RValue> Pod(string name, string ns) =>
        new($"{ns}/{name}", MapValue.Of(("name", name), ("namespace", ns)));
}
