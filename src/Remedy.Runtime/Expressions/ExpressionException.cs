namespace Remedy.Runtime.Expressions;

/// <summary>
/// A value that does not fit the operation generated code applied to it (a field of a non-record, an
/// int divided by zero). The type checker rules these out for well-typed playbooks; when a provider returns
/// something else than it declared, the run fails with this message instead of a cast error.
/// </summary>
public sealed class ExpressionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, in the playbook's terms.</param>
    public ExpressionException(string message)
        : base(message)
    {
    }
}
