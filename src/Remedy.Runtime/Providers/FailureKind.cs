namespace Remedy.Runtime.Providers;

/// <summary>Why a provider call failed.</summary>
public enum FailureKind
{
    /// <summary>An argument was missing or of the wrong kind.</summary>
    BadArgument,
    /// <summary>The thing to act on does not exist.</summary>
    NotFound,
    /// <summary>Configuration forbids it (a path outside the allowed roots, a service not in the allowlist).</summary>
    Denied,
    /// <summary>The thing is there but in a state the call cannot handle.</summary>
    Conflict,
    /// <summary>The remote side could not be reached or answered with an error.</summary>
    Unavailable,
    /// <summary>The call did not finish within its timeout and was cancelled.</summary>
    Timeout,
    /// <summary>The run was cancelled.</summary>
    Cancelled,
    /// <summary>Any other failure, including an exception thrown by a provider.</summary>
    Error,
}
