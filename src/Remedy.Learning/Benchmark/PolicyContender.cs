using Remedy.Learning.Context;
using Remedy.Learning.Policies;

namespace Remedy.Learning.Benchmark;

/// <summary>A real policy, which is never shown the true best option.</summary>
internal sealed class PolicyContender(ILearningPolicy policy) : IContender
{
    public PolicyDecision Select(LearningContext context, VerifiedOptions options, int bestIndex) => policy.Select(context, options);

    public void Update(LearningContext context, string option, double reward, TimeSpan timeToRecover) =>
        policy.Update(context, option, reward, timeToRecover);
}
