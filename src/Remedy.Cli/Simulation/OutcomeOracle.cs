using System.Globalization;
using Remedy.Runtime.Learning;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Simulation;
using Remedy.Runtime.Values;

namespace Remedy.Cli.Simulation;

/// <summary>
/// Decides <c>verify</c> from the simulation's outcome table: the chosen option's applicable outcome line gives
/// the probability of success and the recovery time; an option with no applicable line fails.
/// </summary>
internal sealed class OutcomeOracle(IReadOnlyList<OutcomeSpec> outcomes, Func<Random> random) : IVerifyOracle
{
    /// <summary>The outcome line that applies to an option for an alert: a matching conditional line first, then an unconditional one.</summary>
    /// <param name="option">The option.</param>
    /// <param name="alert">The alert.</param>
    /// <returns>The line, or null when none applies.</returns>
    public OutcomeSpec? Applicable(string option, MapValue alert)
    {
        var evaluator = new SyntaxEvaluator(new Random(0), alert);
        var lines = outcomes.Where(o => o.Option == option).ToList();
        return lines.FirstOrDefault(o => o.Condition is not null && evaluator.Bool(o.Condition)) ?? lines.FirstOrDefault(o => o.Condition is null);
    }

    /// <inheritdoc />
    public VerifyVerdict Judge(PlaybookManifest manifest, MapValue alert, IReadOnlyList<ChoiceMade> choices)
    {
        if (choices.Count == 0)
        {
            // Outcome lines name options; a playbook without a learned choice has none to name, so its one remedy is
            // taken to work and the simulation exercises its guards, targets and timing.
            return new VerifyVerdict(true, TimeSpan.Zero, "no choice was made; the fixed remedy works");
        }

        var option = choices[^1].Option;
        if (Applicable(option, alert) is not { } line)
        {
            return new VerifyVerdict(false, TimeSpan.Zero, $"option '{option}' has no outcome line for this alert");
        }

        var holds = random().NextDouble() < line.Success;
        return new VerifyVerdict(holds, line.Recovery,
            string.Create(CultureInfo.InvariantCulture, $"option '{option}' {(holds ? "recovered" : "did not recover")}; {line.Text}"));
    }
}
