using Remedy.Learning.Context;
using Remedy.Learning.Policies;

namespace Remedy.Learning.Benchmark;

/// <summary>The floor: a uniformly random verified option every time.</summary>
internal sealed class RandomContender(Random random) : IContender
{
    public PolicyDecision Select(LearningContext context, VerifiedOptions options, int bestIndex) =>
        options.Decide(random.Next(options.Count), 1.0 / options.Count);

    public void Update(LearningContext context, string option, double reward, TimeSpan timeToRecover)
    {
        // Learns nothing by definition.
    }
}
