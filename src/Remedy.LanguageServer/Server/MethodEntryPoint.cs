using System.Reflection;
using System.Text.Json;

namespace Remedy.LanguageServer.Server;

/// <summary>
/// The one method StreamJsonRpc calls for a protocol method. It applies the lifecycle rules,
/// reads the parameters with the protocol's JSON options, queues the work and writes the result,
/// so handlers deal only in protocol records.
/// </summary>
internal sealed class MethodEntryPoint(IMethodHandler handler, ServerSession session, RequestQueue queue, JsonSerializerOptions json)
{
    public static MethodInfo InvokeMethod { get; } = typeof(MethodEntryPoint).GetMethod(nameof(InvokeAsync))!;

    /// <summary>Called by StreamJsonRpc on the ordered context, so admission and queueing happen in arrival order.</summary>
    public Task<JsonElement?> InvokeAsync(JsonElement? parameters = null, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!session.Admit(handler)) return Task.FromResult<JsonElement?>(null);
            var work = queue.Enqueue(handler, ReadParameters(parameters), cancellationToken);
            return ToResultAsync(work);
        }
        catch (Exception exception) when (exception is StreamJsonRpc.LocalRpcException)
        {
            return Task.FromException<JsonElement?>(exception);
        }
    }

    private async Task<JsonElement?> ToResultAsync(Task<object?> work)
    {
        var result = await work.ConfigureAwait(false);
        return result is null ? null : JsonSerializer.SerializeToElement(result, result.GetType(), json);
    }

    private object ReadParameters(JsonElement? parameters)
    {
        if (parameters is not { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } element)
            return handler.DefaultParameters ?? throw RequestErrors.InvalidParams(handler.Method, "parameters are required.");
        if (handler.DefaultParameters is not null) return handler.DefaultParameters;
        try
        {
            return element.Deserialize(handler.ParameterType, json) ?? throw RequestErrors.InvalidParams(handler.Method, "parameters are null.");
        }
        catch (JsonException exception)
        {
            throw RequestErrors.InvalidParams(handler.Method, exception.Message);
        }
    }
}
