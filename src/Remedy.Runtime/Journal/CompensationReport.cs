namespace Remedy.Runtime.Journal;

/// <summary>What compensating a run did.</summary>
/// <param name="Compensated">Mutations undone.</param>
/// <param name="Failed">Compensations that failed and were escalated.</param>
/// <param name="Irreversible">Mutations that cannot be undone (declared irreversible).</param>
public sealed record CompensationReport(int Compensated, int Failed, int Irreversible)
{
    /// <summary>Nothing to compensate.</summary>
    public static CompensationReport None { get; } = new(0, 0, 0);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Compensated} compensated, {Failed} compensation(s) failed and escalated, {Irreversible} irreversible";
}
