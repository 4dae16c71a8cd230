using Remedy.Syntax.Tree;

namespace Remedy.Cli.Simulation;

/// <summary>A <c>population</c> line: the simulated resources a query of the same name returns.</summary>
/// <param name="Name">The population's name, the query's last name segment (<c>pods</c> for <c>k8s.pods</c>).</param>
/// <param name="Count">How many resources.</param>
/// <param name="Resource">Their resource type.</param>
/// <param name="Fields">Declared field values or distributions.</param>
internal sealed record PopulationSpec(string Name, int Count, ResourceDecl Resource, IReadOnlyList<RecordField> Fields);
