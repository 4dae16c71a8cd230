using Remedy.Runtime.Engine;

namespace Remedy.Cli.Repl;

/// <summary>What REPL submissions see: the (dry-run) step context and a cancellation token, as generated playbook code does.</summary>
public sealed class ReplGlobals
{
    /// <summary>Creates the globals.</summary>
    /// <param name="context">The context queries go through.</param>
    public ReplGlobals(IStepContext context) => ctx = context;

    /// <summary>The step context (named as in generated code).</summary>
#pragma warning disable IDE1006, SA1300 // The name generated code uses.
    public IStepContext ctx { get; }

    /// <summary>The cancellation token (named as in generated code).</summary>
    public CancellationToken ct { get; } = CancellationToken.None;
#pragma warning restore IDE1006, SA1300
}
