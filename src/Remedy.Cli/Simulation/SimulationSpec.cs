using Remedy.Syntax.Tree;

namespace Remedy.Cli.Simulation;

/// <summary>A <c>simulation</c> declaration, read from the workspace and ready to run.</summary>
/// <param name="Name">The simulation.</param>
/// <param name="Playbook">The playbook it trains (its name, unqualified).</param>
/// <param name="Module">The module both live in.</param>
/// <param name="Incidents">The declared number of incidents.</param>
/// <param name="Seed">The declared seed.</param>
/// <param name="Populations">The simulated resources.</param>
/// <param name="Outcomes">How each option fares.</param>
/// <param name="AlertName">The alert the playbook's trigger listens for.</param>
/// <param name="FixedLabels">Labels every alert carries (the trigger's own equalities).</param>
/// <param name="AlertValue">The alert's value, one that satisfies the trigger's threshold.</param>
/// <param name="VariedLabels">Labels that vary per incident.</param>
/// <param name="Queries">The declared queries of the workspace by qualified name, for the default values of queries with no population.</param>
/// <param name="Resources">The declared resources by name.</param>
/// <param name="ActionProviders">The provider ids of every declared action (rollbacks included).</param>
internal sealed record SimulationSpec(
    string Name,
    string Playbook,
    string Module,
    int Incidents,
    int Seed,
    IReadOnlyList<PopulationSpec> Populations,
    IReadOnlyList<OutcomeSpec> Outcomes,
    string AlertName,
    IReadOnlyDictionary<string, string> FixedLabels,
    double AlertValue,
    IReadOnlyList<VariedLabel> VariedLabels,
    IReadOnlyDictionary<string, QueryDecl> Queries,
    IReadOnlyDictionary<string, ResourceDecl> Resources,
    IReadOnlyList<string> ActionProviders);
