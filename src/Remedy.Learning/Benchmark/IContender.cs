using Remedy.Learning.Context;
using Remedy.Learning.Policies;

namespace Remedy.Learning.Benchmark;

/// <summary>
/// A learner as the benchmark drives it. Baselines such as the oracle may see the true best option, which a real
/// policy never does, so this is separate from <see cref="ILearningPolicy"/>.
/// </summary>
internal interface IContender
{
    PolicyDecision Select(LearningContext context, VerifiedOptions options, int bestIndex);

    void Update(LearningContext context, string option, double reward, TimeSpan timeToRecover);
}
