namespace Remedy.Runtime.Providers.Http;

/// <summary>The HTTP providers, built together.</summary>
public static class HttpProviders
{
    /// <summary>All HTTP providers.</summary>
    /// <param name="client">The HTTP client; the caller owns it.</param>
    /// <param name="options">The URL allowlist.</param>
    /// <returns>get, post, health.</returns>
    public static IProvider[] All(HttpClient client, HttpProviderOptions options) =>
    [
        new HttpGetProvider(client, options),
        new HttpPostProvider(client, options),
        new HttpHealthProvider(client, options),
    ];
}
