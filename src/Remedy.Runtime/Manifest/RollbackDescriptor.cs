namespace Remedy.Runtime.Manifest;

/// <summary>
/// <c>rollback scale(deployment, previous)</c>: the compensating provider and where each of its arguments
/// comes from. Arguments come only from captured state, so the journal can replay a compensation after a crash
/// without the playbook.
/// </summary>
/// <param name="ProviderId">The compensating provider id.</param>
/// <param name="Arguments">The compensating call's arguments.</param>
public sealed record RollbackDescriptor(string ProviderId, IReadOnlyList<RollbackArgument> Arguments)
{
    /// <summary>A rollback whose arguments have the same names in the captured state.</summary>
    /// <param name="providerId">The compensating provider id.</param>
    /// <param name="names">The argument names.</param>
    /// <returns>The descriptor.</returns>
    public static RollbackDescriptor SameNames(string providerId, params string[] names) =>
        new(providerId, names.Select(n => new RollbackArgument(n, n)).ToArray());
}
