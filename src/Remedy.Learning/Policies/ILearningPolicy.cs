using Remedy.Learning.Context;
using Remedy.Learning.Snapshots;

namespace Remedy.Learning.Policies;

/// <summary>
/// A learner behind a playbook's <c>choose remedy by ...</c> block: picks one verified option for an
/// incident's features and learns from the <c>verify</c> outcome.
/// </summary>
/// <remarks>
/// Implementations hold mutable state and are not thread-safe; the runtime serialises calls per playbook.
/// All randomness comes from the <see cref="Random"/> given at construction, so a policy restored from a
/// snapshot with the same seed makes the same choices.
/// </remarks>
public interface ILearningPolicy
{
    /// <summary>The policy's name as written in the language (<c>thompson</c>, <c>q_learning</c>, ...).</summary>
    string Kind { get; }

    /// <summary>Chooses one of the verified options for an incident.</summary>
    /// <param name="context">The incident's features.</param>
    /// <param name="options">The options the compiler verified; the choice is always one of them.</param>
    /// <returns>The choice and its probability under the policy.</returns>
    PolicyDecision Select(LearningContext context, VerifiedOptions options);

    /// <summary>
    /// The probability that <see cref="Select"/> would choose <paramref name="option"/> now, without drawing anything;
    /// 0 for an option that is not verified. Used to evaluate this policy offline on runs another policy chose.
    /// </summary>
    /// <param name="context">The incident's features.</param>
    /// <param name="options">The verified options.</param>
    /// <param name="option">The option asked about.</param>
    /// <returns>The probability in [0, 1].</returns>
    double ProbabilityOf(LearningContext context, VerifiedOptions options, string option);

    /// <summary>Feeds back the outcome of running <paramref name="option"/> for an incident.</summary>
    /// <param name="context">The incident's features, as given to <see cref="Select"/>.</param>
    /// <param name="option">The option that ran.</param>
    /// <param name="reward">The reward in [0, 1]; <c>verify</c> passing is 1 and failing is 0.</param>
    /// <param name="timeToRecover">How long recovery took, when known (kept by policies that store cases).</param>
    void Update(LearningContext context, string option, double reward, TimeSpan? timeToRecover = null);

    /// <summary>Captures the learned state as an immutable, JSON-serialisable snapshot.</summary>
    /// <returns>The snapshot; restore it with <see cref="PolicyFactory.Restore"/>.</returns>
    PolicySnapshot Snapshot();
}
