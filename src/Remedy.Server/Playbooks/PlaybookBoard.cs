using Remedy.Learning.Statistics;
using Remedy.Runtime.Learning;
using Remedy.Runtime.Storage;
using Remedy.Server.Hosting;

namespace Remedy.Server.Playbooks;

/// <summary>The running playbooks with their autonomy and record, as <c>remedy stats --playbooks</c> judges them.</summary>
public sealed class PlaybookBoard
{
    private readonly PlaybookCatalog catalog;
    private readonly IRuntimeStore store;

    /// <summary>Creates the board.</summary>
    /// <param name="catalog">The running playbooks.</param>
    /// <param name="store">The store (outcomes, breaker trips).</param>
    public PlaybookBoard(PlaybookCatalog catalog, IRuntimeStore store)
    {
        this.catalog = catalog;
        this.store = store;
    }

    /// <summary>Every running playbook, by name.</summary>
    /// <returns>The views.</returns>
    public IReadOnlyList<PlaybookView> All()
    {
        var set = catalog.Current;
        return set.Playbooks.OrderBy(p => p.Name, StringComparer.Ordinal).Select(playbook =>
        {
            var evidence = AutonomyEvidence.For(playbook, store);
            var since = store.GetBreakerTrip(playbook.Name) ?? DateTimeOffset.UnixEpoch;
            var (runs, successes) = store.CountOutcomes(playbook.Name, since);
            var interval = runs > 0 ? Wilson.Interval(successes, runs) : null;
            string? next = null;
            if (evidence.Rule is { } rule && evidence.Evidence is { } e)
            {
                next = e.RuleHolds && evidence.Effective >= rule.To
                    ? $"promoted to {SnakeCase.Of(rule.To)}"
                    : $"to {SnakeCase.Of(rule.To)} after {rule.AfterRuns} runs at a Wilson lower bound >= {rule.MinSuccessRate:0.###}: " +
                      (e.SuccessfulRunsNeeded is { } n ? $"needs {n} more successful run(s)" : e.RuleHolds ? "holds" : "cannot hold without fewer failures");
            }

            return new PlaybookView(
                playbook.Name,
                set.Files.TryGetValue(playbook.Name, out var file) ? file : string.Empty,
                SnakeCase.Of(evidence.Declared),
                SnakeCase.Of(evidence.Effective),
                runs,
                runs > 0 ? Math.Round((double)successes / runs, 4) : null,
                interval is null ? null : Math.Round(interval.Lower, 4),
                interval is null ? null : Math.Round(interval.Upper, 4),
                next);
        }).ToArray();
    }

    /// <summary>The reload state.</summary>
    /// <returns>The view.</returns>
    public ReloadView Reload()
    {
        var state = catalog.State;
        return new ReloadView(state.Version, catalog.Current.Playbooks.Count, IsoTime.Format(state.LoadedAt), IsoTime.Format(state.LastAttemptAt), state.LastAttemptSucceeded, state.Error);
    }
}
