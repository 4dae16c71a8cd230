using Remedy.Syntax.Diagnostics;

namespace Remedy.Compiler.Safety;

/// <summary>One compile-time safety rule (RMD1001–RMD1016), run on the bound and analysed compilation.</summary>
internal interface ISafetyRule
{
    /// <summary>The diagnostic the rule reports.</summary>
    DiagnosticDescriptor Descriptor { get; }

    /// <summary>Checks the compilation and returns the rule's diagnostics.</summary>
    IEnumerable<Diagnostic> Check(SafetyContext context);
}
