using Remedy.Learning.Context;
using Remedy.Learning.Policies;

namespace Remedy.Learning.Benchmark;

/// <summary>The ceiling: always the truly best verified option (it knows the simulation).</summary>
internal sealed class OracleContender : IContender
{
    public PolicyDecision Select(LearningContext context, VerifiedOptions options, int bestIndex) => options.Decide(bestIndex, 1);

    public void Update(LearningContext context, string option, double reward, TimeSpan timeToRecover)
    {
        // Already knows everything.
    }
}
