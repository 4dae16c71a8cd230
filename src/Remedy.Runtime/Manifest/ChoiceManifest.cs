namespace Remedy.Runtime.Manifest;

/// <summary>A <c>choose remedy by …</c> block: the options the compiler verified and the policy that picks.</summary>
/// <param name="Name">The decision name.</param>
/// <param name="Policy">The policy name (<c>thompson</c>, <c>q_learning</c>, <c>ucb</c>, <c>cases</c>, <c>fixed</c>).</param>
/// <param name="Options">The verified option names.</param>
/// <param name="FixedOption">The option for the <c>fixed</c> policy, else null.</param>
/// <param name="Settings">The policy's parameters as the playbook wrote them; null when none were written.</param>
public sealed record ChoiceManifest(string Name, string Policy, IReadOnlyList<string> Options, string? FixedOption = null, PolicySettings? Settings = null);
