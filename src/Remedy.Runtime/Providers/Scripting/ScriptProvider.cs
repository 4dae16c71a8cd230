namespace Remedy.Runtime.Providers.Scripting;

/// <summary>A provider implemented by a C# script (<c>providers/&lt;id&gt;.csx</c>), compiled and checked by <see cref="ScriptProviderLoader"/>.</summary>
public sealed class ScriptProvider : IProvider
{
    private readonly Func<object?[], Task<ProviderResult>> factory;
    private readonly ScriptProviderOptions options;

    internal ScriptProvider(string id, string sourceHash, Func<object?[], Task<ProviderResult>> factory, ScriptProviderOptions options)
    {
        Id = id;
        SourceHash = sourceHash;
        this.factory = factory;
        this.options = options;
    }

    /// <inheritdoc />
    public string Id { get; }

    /// <summary>The SHA-256 of the script's source (hex), which keys the compile cache.</summary>
    public string SourceHash { get; }

    /// <inheritdoc />
    public async Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        var api = new ScriptProviderApi(options, call, cancellationToken);
        try
        {
            // A script submission's entry point takes the globals in slot 0 and a slot for its own state.
            var result = await factory([new ScriptProviderGlobals(call, api, cancellationToken), null]).ConfigureAwait(false);
            return result ?? ProviderResult.Fail(FailureKind.Error, $"script provider {Id} returned no result");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // A script is operator code, but still must not crash a run: its exception becomes a failure with its log.
            var log = api.Lines.Count == 0 ? string.Empty : " (log: " + string.Join(" | ", api.Lines.TakeLast(5)) + ")";
            return ProviderResult.Fail(FailureKind.Error, $"script provider {Id} threw {e.GetType().Name}: {e.Message}{log}");
        }
    }
}
