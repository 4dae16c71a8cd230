using Remedy.Runtime.Values;

namespace Remedy.Runtime.Providers.Scripting;

/// <summary>What a script provider sees as globals: the call's arguments, its identity and the narrow API.</summary>
public sealed class ScriptProviderGlobals
{
    internal ScriptProviderGlobals(ProviderCall call, IScriptProviderApi api, CancellationToken cancellationToken)
    {
        Args = call.Args;
        IdempotencyKey = call.IdempotencyKey;
        RunId = call.RunId;
        Api = api;
        CancellationToken = cancellationToken;
    }

    /// <summary>The call's arguments, by name.</summary>
    public MapValue Args { get; }

    /// <summary>The idempotency key of a mutation or compensation; null for a query.</summary>
    public string? IdempotencyKey { get; }

    /// <summary>The run making the call.</summary>
    public string RunId { get; }

    /// <summary>The narrow API: other providers the operator allowed, the clock, a log.</summary>
    public IScriptProviderApi Api { get; }

    /// <summary>Cancelled at the call's timeout or when the run is cancelled.</summary>
    public CancellationToken CancellationToken { get; }
}
