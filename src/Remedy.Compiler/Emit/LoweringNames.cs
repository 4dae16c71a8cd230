using Remedy.Compiler.Lowering;

namespace Remedy.Compiler.Emit;

/// <summary>Names the lowering and the emitter agree on.</summary>
internal static class LoweringNames
{
    /// <summary>The local holding an escalation's text.</summary>
    public const string EscalationText = PlaybookLowerer.EscalationText;
}
