namespace Remedy.Runtime.Safety;

/// <summary>Where an approval request stands.</summary>
public enum ApprovalStatus
{
    /// <summary>Not yet enough valid approvals, and not expired.</summary>
    Pending,
    /// <summary>Enough different people approved in time.</summary>
    Approved,
    /// <summary>Someone denied it.</summary>
    Denied,
    /// <summary>It expired first.</summary>
    Expired,
}
