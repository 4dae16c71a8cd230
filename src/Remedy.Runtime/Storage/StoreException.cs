namespace Remedy.Runtime.Storage;

/// <summary>
/// The store could not be read or written (a locked or corrupt state file, a full disk). It is an environment
/// failure, not a user error: <see cref="Engine.PlaybookRuntime"/> turns it into a result, and other callers
/// (the CLI) report its message, which names the file and the cause.
/// </summary>
public sealed class StoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed, naming the file.</param>
    /// <param name="inner">The underlying error.</param>
    public StoreException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
