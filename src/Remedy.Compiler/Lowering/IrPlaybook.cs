using System.Collections.Immutable;
using Remedy.Runtime.Manifest;
using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary>A lowered playbook: its manifest, its body and handlers, ready for emission.</summary>
/// <param name="Namespace">The C# namespace.</param>
/// <param name="ClassName">The C# class name.</param>
/// <param name="SourcePath">The .remedy file.</param>
/// <param name="Manifest">The safety manifest the class carries.</param>
/// <param name="Body">The body of <c>ExecuteAsync</c>.</param>
/// <param name="OnSuccess">The <c>on success</c> handler (empty when none).</param>
/// <param name="OnFailure">The <c>on failure</c> handler (empty when none).</param>
/// <param name="Span">The declaration's span.</param>
public sealed record IrPlaybook(string Namespace, string ClassName, string SourcePath, PlaybookManifest Manifest, ImmutableArray<IrNode> Body, ImmutableArray<IrNode> OnSuccess, ImmutableArray<IrNode> OnFailure, SourceSpan Span);
