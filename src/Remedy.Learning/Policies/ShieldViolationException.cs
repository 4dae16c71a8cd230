namespace Remedy.Learning.Policies;

/// <summary>
/// Thrown when something tries to choose an option the compiler did not verify. The runtime treats it as a
/// bug in the learner and fails the choice closed (no action) rather than running an unverified remedy.
/// </summary>
public sealed class ShieldViolationException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was attempted.</param>
    public ShieldViolationException(string message)
        : base(message)
    {
    }
}
