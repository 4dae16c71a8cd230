namespace Remedy.Server.Approvals;

/// <summary>
/// An approval's id in the API: <c>run.step</c>. Run ids never contain a dot (the runtime and the server make them
/// from a time and hex digits), so the first dot separates the two.
/// </summary>
public static class ApprovalId
{
    /// <summary>The id of a run's step.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="step">The step.</param>
    /// <returns>The id.</returns>
    public static string Of(string runId, string step) => $"{runId}.{step}";

    /// <summary>Splits an id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="runId">The run.</param>
    /// <param name="step">The step.</param>
    /// <returns>False when the id has no step part.</returns>
    public static bool TryParse(string id, out string runId, out string step)
    {
        var dot = id.IndexOf('.', StringComparison.Ordinal);
        runId = dot > 0 ? id[..dot] : id;
        step = dot > 0 ? id[(dot + 1)..] : string.Empty;
        return dot > 0 && step.Length > 0;
    }
}
