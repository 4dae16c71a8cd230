using Remedy.Learning.Cases;
using Remedy.Learning.Context;
using Remedy.Learning.Policies;

namespace Remedy.Learning.Benchmark;

/// <summary>One seed's world for one scenario: the shuffled incident stream and the incident history.</summary>
internal sealed class SimulatedWorld
{
    private SimulatedWorld(BenchmarkScenario scenario, SimulatedIncident[] stream, IncidentCase[] history)
    {
        Scenario = scenario;
        Stream = stream;
        History = history;
        Verified = scenario.Classes.Select(c => new VerifiedOptions(c.Options.Where(o => o.Verified).Select(o => o.Name))).ToArray();
        Contexts = scenario.Classes.Select(c => new LearningContext(c.Features)).ToArray();
    }

    public BenchmarkScenario Scenario { get; }

    public SimulatedIncident[] Stream { get; }

    public IncidentCase[] History { get; }

    /// <summary>What the compiler verified per class: all a policy is ever shown.</summary>
    public VerifiedOptions[] Verified { get; }

    public LearningContext[] Contexts { get; }

    /// <summary>Draws a world.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="options">How many incidents and how much history.</param>
    /// <param name="random">Draws the stream: incident order and outcome draws.</param>
    /// <param name="historyRandom">Draws the case base's history, an earlier stream of the same world with its own seed.</param>
    public static SimulatedWorld Build(BenchmarkScenario scenario, LearningBenchmarkOptions options, Random random, Random historyRandom)
    {
        var classes = scenario.Classes;
        var order = Enumerable.Range(0, classes.Count).SelectMany(c => Enumerable.Repeat(c, options.IncidentsPerClass)).ToArray();
        random.Shuffle(order);

        var seen = new int[classes.Count];
        var driftIndex = scenario.DriftAt is { } at ? (int)Math.Round(at * order.Length) : int.MaxValue;
        var stream = new SimulatedIncident[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            var c = order[i];
            var draws = new double[classes[c].Options.Count];
            for (var o = 0; o < draws.Length; o++)
            {
                draws[o] = random.NextDouble();
            }

            stream[i] = new SimulatedIncident(c, seen[c]++, i >= driftIndex, draws, random.NextDouble());
        }

        return new SimulatedWorld(scenario, stream, BuildHistory(classes, options, historyRandom));
    }

    /// <summary>The recovery time of an option: its typical time scaled by the incident's jitter.</summary>
    public static TimeSpan RecoveryTime(SimulatedOption option, double jitter) => option.Recovery * (0.75 + (0.5 * jitter));

    /// <summary>
    /// Past incidents of the classes not held out, from an earlier stream remedied before any learner existed: a human
    /// picked any remedy, unverified manual fixes included, uniformly. Outcomes follow the pre-drift world and are drawn
    /// independently of the stream the contenders face.
    /// </summary>
    private static IncidentCase[] BuildHistory(IReadOnlyList<FaultClass> classes, LearningBenchmarkOptions options, Random random)
    {
        var entries = new List<(FaultClass Class, int Option)>();
        foreach (var faultClass in classes.Where(c => !c.HeldOut))
        {
            for (var i = 0; i < options.HistoryPerClass; i++)
            {
                entries.Add((faultClass, random.Next(faultClass.Options.Count)));
            }
        }

        var shuffled = entries.ToArray();
        random.Shuffle(shuffled);
        return shuffled.Select((e, i) =>
        {
            var option = e.Class.Options[e.Option];
            var success = random.NextDouble() < option.Success;
            var time = RecoveryTime(option, random.NextDouble()) + (success ? TimeSpan.Zero : options.HumanRecovery);
            return new IncidentCase(e.Class.Features, option.Name, success ? 1 : 0, time, i);
        }).ToArray();
    }

    /// <summary>A fresh case base holding the history, since case-based learners grow theirs.</summary>
    public CaseBase NewCaseBase()
    {
        var caseBase = new CaseBase();
        foreach (var c in History)
        {
            caseBase.Retain(c.Features, c.Option, c.Reward, c.TimeToRecover);
        }

        return caseBase;
    }
}
