using Remedy.Learning.Cases;
using Remedy.Learning.Context;

namespace Remedy.Learning.Tests.Cases;

public sealed class CaseBaseTests
{
    [Fact]
    public void Similarity_is_the_mean_of_per_feature_similarities()
    {
        Assert.Equal(1, FeatureSimilarity.Between(["checkout", 3], ["checkout", 3]));
        Assert.Equal(0.5, FeatureSimilarity.Between(["checkout", "critical"], ["checkout", "warning"]));
        Assert.Equal((1 + (1 / (1 + 2.0))) / 2, FeatureSimilarity.Between(["checkout", 1], ["checkout", 3]), 12);
        Assert.Equal((1 + (1 / (1 + 1.0))) / 2, FeatureSimilarity.Between(["checkout", 1], ["checkout", 3], numericScale: 2), 12);
        Assert.Equal(0, FeatureSimilarity.Between(["3"], [3]));
        Assert.Equal(1.0 / 3, FeatureSimilarity.Between(["a"], ["a", "b", "c"]), 12);
    }

    [Fact]
    public void Retrieval_orders_by_similarity_then_recency_and_stops_at_k()
    {
        var cases = new CaseBase();
        cases.Retain(["checkout", "warning", 1], "a", 1);  // 0 : s = (1 + 0 + 1/2) / 3
        cases.Retain(["checkout", "critical", 2], "b", 1); // 1 : s = 1
        cases.Retain(["search", "critical", 2], "c", 1);   // 2 : s = 2/3
        cases.Retain(["checkout", "critical", 2], "d", 0); // 3 : s = 1, newer than 1
        cases.Retain(["search", "warning", 9], "e", 1);    // 4 : s = (0 + 0 + 1/8) / 3

        var nearest = cases.Retrieve(LearningContext.Of("checkout", "critical", 2), k: 4);

        Assert.Equal(["d", "b", "c", "a"], nearest.Select(m => m.Case.Option));
        Assert.Equal([1, 1, Math.Round(2.0 / 3, 12), 0.5], nearest.Select(m => Math.Round(m.Similarity, 12)));
    }

    [Fact]
    public void Retrieval_honours_the_similarity_floor_and_the_option_filter()
    {
        var cases = new CaseBase();
        cases.Retain(["checkout", "critical"], "restart", 1);
        cases.Retain(["checkout", "warning"], "scale_out", 1);
        cases.Retain(["checkout", "critical"], "delete_pvc", 1);

        var nearest = cases.Retrieve(LearningContext.Of("checkout", "critical"), k: 10, minSimilarity: 0.6, optionFilter: o => o != "delete_pvc");

        Assert.Equal("restart", Assert.Single(nearest).Case.Option);
    }

    [Fact]
    public void Beyond_capacity_the_oldest_case_is_forgotten()
    {
        var cases = new CaseBase(capacity: 2);
        cases.Retain(["x"], "first", 1);
        cases.Retain(["x"], "second", 1);
        cases.Retain(["x"], "third", 1);

        Assert.Equal(["second", "third"], cases.Cases.Select(c => c.Option));
    }

    [Fact]
    public void Context_keys_are_canonical_and_cannot_collide_through_separators()
    {
        Assert.Equal("s:checkout|n:3", LearningContext.Of("checkout", 3).Key);
        Assert.NotEqual(LearningContext.Of("a|s:b").Key, LearningContext.Of("a", "b").Key);
        Assert.NotEqual(LearningContext.Of("3").Key, LearningContext.Of(3).Key);
    }

    [Fact]
    public void Retrieval_equals_a_brute_force_ranking_with_and_without_many_identical_cases()
    {
        var random = new Random(8);
        string[] services = ["checkout", "search", "cart"];
        string[] options = ["a", "b", "c", "manual"];
        var cases = new CaseBase(capacity: 300);
        for (var i = 0; i < 400; i++)
        {
            cases.Retain([services[random.Next(3)], random.Next(3)], options[random.Next(4)], random.Next(2));
        }

        var restored = CaseBase.Restore(cases.Snapshot());
        foreach (var k in new[] { 1, 5, 40, 200 })
        {
            foreach (var query in new[] { LearningContext.Of("checkout", 1), LearningContext.Of("search", 2.5), LearningContext.Of("other", 1) })
            {
                var expected = cases.Cases
                    .Where(c => c.Option != "manual")
                    .Select(c => new CaseMatch(c, FeatureSimilarity.Between(query.Features, c.Features)))
                    .Where(m => m.Similarity > 0)
                    .OrderByDescending(m => m.Similarity).ThenByDescending(m => m.Case.Sequence)
                    .Take(k)
                    .Select(m => m.Case.Sequence);

                Assert.Equal(expected, cases.Retrieve(query, k, optionFilter: o => o != "manual").Select(m => m.Case.Sequence));
                Assert.Equal(expected, restored.Retrieve(query, k, optionFilter: o => o != "manual").Select(m => m.Case.Sequence));
            }
        }
    }

    [Fact]
    public void Negative_zero_is_the_same_feature_as_zero()
    {
        Assert.Equal(LearningContext.Of(0.0).Key, LearningContext.Of(-0.0).Key);
    }
}
