namespace Remedy.Learning.Benchmark;

/// <summary>What one contender did over one seed's stream.</summary>
internal sealed class SeedOutcome(int classes, int incidentsPerClass)
{
    /// <summary>[class][index in class]: whether the best verified option was chosen.</summary>
    public bool[][] ChoseBest { get; } = Enumerable.Range(0, classes).Select(_ => new bool[incidentsPerClass]).ToArray();

    public long Decisions { get; set; }

    public long Successes { get; set; }

    public long HumanActed { get; set; }

    public long UnsafeAttempts { get; set; }

    public long AutonomousRuns { get; set; }

    public long AutonomousFailures { get; set; }

    public double Regret { get; set; }

    public double RecoverySeconds { get; set; }
}
