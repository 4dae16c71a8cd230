using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary>A statement of the lowered playbook.</summary>
/// <param name="Span">The .remedy span it came from.</param>
public abstract record IrNode(SourceSpan Span);
