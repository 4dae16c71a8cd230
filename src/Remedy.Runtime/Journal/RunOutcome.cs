namespace Remedy.Runtime.Journal;

/// <summary>How a run ended.</summary>
public enum RunOutcome
{
    /// <summary>Every step and verify passed.</summary>
    Succeeded,
    /// <summary>A suggest or dry run recorded its plan and acted on nothing.</summary>
    Planned,
    /// <summary>A guard refused; any mutations already made were compensated.</summary>
    Refused,
    /// <summary>A call or verify failed; mutations were compensated.</summary>
    Failed,
    /// <summary>A <c>require … else abort</c> stopped it; mutations were compensated.</summary>
    Aborted,
    /// <summary>The run exceeded its timeout; mutations were compensated.</summary>
    TimedOut,
    /// <summary>The caller cancelled it; mutations were compensated.</summary>
    Cancelled,
    /// <summary>It was left open by a crash and closed by recovery.</summary>
    Recovered,
}
