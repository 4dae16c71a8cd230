using Remedy.Runtime.Values;

namespace Remedy.Runtime.Providers.Scripting;

/// <summary>
/// Everything a script provider may do beyond computing: the operator decides, through
/// <see cref="ScriptProviderOptions"/>, which providers it may call and which URLs it may read. Scripts cannot
/// touch files, processes, sockets, the environment or reflection themselves; the allowlist rejects those.
/// </summary>
public interface IScriptProviderApi
{
    /// <summary>The current time, from the runtime's clock.</summary>
    DateTimeOffset Now { get; }

    /// <summary>Calls another registered provider, if the operator allowed this script to.</summary>
    /// <param name="providerId">The provider id, e.g. <c>http.get</c>.</param>
    /// <param name="args">Its arguments.</param>
    /// <returns>The result; <see cref="FailureKind.Denied"/> for a provider the script may not call.</returns>
    Task<ProviderResult> CallAsync(string providerId, MapValue args);

    /// <summary>Records a line in the script's log (shown with the provider's result, never executed).</summary>
    /// <param name="message">The line.</param>
    void Log(string message);
}
