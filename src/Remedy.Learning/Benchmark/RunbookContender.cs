using Remedy.Learning.Context;
using Remedy.Learning.Policies;

namespace Remedy.Learning.Benchmark;

/// <summary>The static runbook: <c>fixed</c> on the first verified option in runbook order.</summary>
internal sealed class RunbookContender : IContender
{
    public PolicyDecision Select(LearningContext context, VerifiedOptions options, int bestIndex) =>
        new FixedPolicy(options[0]).Select(context, options);

    public void Update(LearningContext context, string option, double reward, TimeSpan timeToRecover)
    {
        // A runbook does not change with outcomes.
    }
}
