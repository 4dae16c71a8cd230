using System.Collections.Immutable;
using Remedy.Syntax.Diagnostics;

namespace Remedy.Compiler.Lowering;

/// <summary>The lowered playbooks of a compilation, and what could not be lowered.</summary>
/// <param name="Playbooks">One per playbook that lowered cleanly.</param>
/// <param name="Diagnostics">RMD2006 for constructs with no C# translation.</param>
public sealed record LoweringResult(ImmutableArray<IrPlaybook> Playbooks, ImmutableArray<Diagnostic> Diagnostics);
