using System.Text;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Providers.Http;

/// <summary>URL allowlisting and bounded body reading shared by the HTTP providers.</summary>
internal static class HttpSupport
{
    public static ProviderResult? ResolveUrl(MapValue args, HttpProviderOptions options, out Uri uri)
    {
        uri = null!;
        if (!args.TryGetString("url", out var url))
        {
            return ProviderResult.BadArgument("url", "a string");
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
        {
            return ProviderResult.Fail(FailureKind.BadArgument, $"'{url}' is not an absolute http(s) URL");
        }

        // Compare the normalised form so "http://127.0.0.1:80/../admin" cannot sneak past a prefix.
        var normalised = parsed.GetLeftPart(UriPartial.Path);
        if (!options.AllowedUrlPrefixes.Any(p => normalised.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        {
            return ProviderResult.Fail(FailureKind.Denied, $"'{url}' is not under an allowed URL prefix ({string.Join(", ", options.AllowedUrlPrefixes)})");
        }

        uri = parsed;
        return null;
    }

    public static async Task<string> ReadBodyAsync(HttpResponseMessage response, int maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var buffer = new byte[maxBytes];
        var read = 0;
        while (read < maxBytes)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read, maxBytes - read), cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        return Encoding.UTF8.GetString(buffer, 0, read);
    }
}
