using Remedy.Runtime.Safety;

namespace Remedy.Runtime.Storage;

/// <summary>Approval requests and decisions, shared between the waiting runtime and the approving process.</summary>
public interface IApprovalStore
{
    /// <summary>Creates a request.</summary>
    /// <param name="request">The request.</param>
    /// <returns>False when one exists for the run and step.</returns>
    bool TryCreateRequest(ApprovalRequest request);

    /// <summary>A request, or null.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="step">The step.</param>
    /// <returns>The request.</returns>
    ApprovalRequest? GetRequest(string runId, string step);

    /// <summary>Every request, newest first.</summary>
    /// <returns>The requests.</returns>
    IReadOnlyList<ApprovalRequest> ListRequests();

    /// <summary>The requests of the given runs only, newest first: what a page of runs needs, read by key.</summary>
    /// <param name="runIds">The runs.</param>
    /// <returns>Their requests.</returns>
    IReadOnlyList<ApprovalRequest> ListRequests(IReadOnlyCollection<string> runIds);

    /// <summary>Records a decision.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>False when this person already decided on this step.</returns>
    bool TryAddDecision(ApprovalDecision decision);

    /// <summary>The decisions on a step.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="step">The step.</param>
    /// <returns>The decisions, oldest first.</returns>
    IReadOnlyList<ApprovalDecision> GetDecisions(string runId, string step);
}
