using Remedy.Runtime.Values;

namespace Remedy.Runtime.Providers.Scripting;

/// <summary>The API one script call gets: the allowed providers, the clock and a bounded log.</summary>
internal sealed class ScriptProviderApi : IScriptProviderApi
{
    private readonly ScriptProviderOptions options;
    private readonly ProviderCall call;
    private readonly CancellationToken cancellationToken;

    public ScriptProviderApi(ScriptProviderOptions options, ProviderCall call, CancellationToken cancellationToken)
    {
        this.options = options;
        this.call = call;
        this.cancellationToken = cancellationToken;
    }

    public List<string> Lines { get; } = [];

    public DateTimeOffset Now => options.Clock.GetUtcNow();

    public Task<ProviderResult> CallAsync(string providerId, MapValue args)
    {
        var provider = options.Callable.FirstOrDefault(p => p.Id == providerId);
        if (provider is null)
        {
            return Task.FromResult(ProviderResult.Fail(FailureKind.Denied, $"script providers may not call '{providerId}'"));
        }

        // The inner call carries the outer key, suffixed, so a repeated mutation stays recognisable downstream.
        var key = call.IdempotencyKey is null ? null : call.IdempotencyKey + "/" + providerId;
        return provider.ExecuteAsync(new ProviderCall(providerId, args, key, call.RunId), cancellationToken);
    }

    public void Log(string message)
    {
        if (Lines.Count < options.MaxLogLines)
        {
            Lines.Add(message);
        }
    }
}
