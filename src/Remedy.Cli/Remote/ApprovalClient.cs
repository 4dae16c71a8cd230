using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Remedy.Cli.Remote;

/// <summary>
/// <c>remedy approvals/approve/deny --server URL --token T</c>: the same actions against a running
/// <c>remedy serve</c>. Every failure (unreachable server, refused token, refused decision) is reported with the
/// server's own message.
/// </summary>
public static class ApprovalClient
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Lists the server's pending approvals.</summary>
    /// <param name="console">Where output goes.</param>
    /// <param name="server">The server's base URL.</param>
    /// <returns>The exit code.</returns>
    public static int List(CliConsole console, string server)
    {
        if (!TrySend(console, server, HttpMethod.Get, "api/v1/approvals", null, null, out var status, out var body)) return ExitCodes.BadUsage;
        if (status != 200) return Fail(console, status, body);
        using var document = JsonDocument.Parse(body);
        var approvals = document.RootElement.EnumerateArray().ToArray();
        if (approvals.Length == 0)
        {
            console.Output.WriteLine("no approvals pending");
            return ExitCodes.Success;
        }

        foreach (var a in approvals)
        {
            console.Output.WriteLine($"{a.GetProperty("id").GetString()}  step {a.GetProperty("step").GetString()} of {a.GetProperty("playbook").GetString()}, requested by {a.GetProperty("requestedBy").GetString()}; " +
                $"{a.GetProperty("approvedBy").GetArrayLength()}/{a.GetProperty("required").GetInt32()} approval(s); expires {a.GetProperty("expiresAt").GetString()}");
            var targets = a.GetProperty("plan").GetProperty("targets").EnumerateArray().Select(t => t.GetString()).ToArray();
            if (targets.Length > 0) console.Output.WriteLine($"    targets: {string.Join(", ", targets)}");
        }

        console.Output.WriteLine($"{approvals.Length} pending; answer with 'remedy approve <id> --server {server} --token T' or 'remedy deny <id> ...'");
        return ExitCodes.Success;
    }

    /// <summary>Approves or denies on the server.</summary>
    /// <param name="console">Where output goes.</param>
    /// <param name="server">The server's base URL.</param>
    /// <param name="token">The bearer token (the identity recorded is the token's).</param>
    /// <param name="id">The approval id (<c>run.step</c>), or a run id whose only pending step is meant.</param>
    /// <param name="approve">Approve or deny.</param>
    /// <param name="reason">Why.</param>
    /// <returns>0 recorded, 1 refused, 2 bad usage or unreachable server.</returns>
    public static int Decide(CliConsole console, string server, string token, string id, bool approve, string reason)
    {
        var json = JsonSerializer.Serialize(new Dictionary<string, string> { ["decision"] = approve ? "approve" : "deny", ["reason"] = reason });
        if (!TrySend(console, server, HttpMethod.Post, $"api/v1/approvals/{Uri.EscapeDataString(id)}", token, json, out var status, out var body)) return ExitCodes.BadUsage;
        var message = Message(body);
        if (status == 200)
        {
            console.Output.WriteLine(message);
            return ExitCodes.Success;
        }

        console.Error.WriteLine($"refused ({status}): {message}");
        return status is 401 or 400 or 404 ? ExitCodes.BadUsage : ExitCodes.Diagnostics;
    }

    private static int Fail(CliConsole console, int status, string body)
    {
        console.Error.WriteLine($"error: the server answered {status}: {Message(body)}");
        return ExitCodes.BadUsage;
    }

    private static string Message(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                if (root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String) return m.GetString()!;
                if (root.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String) return e.GetString()!;
            }
        }
        catch (JsonException)
        {
            // Not the API's JSON (a proxy's page, say): show it as it came.
        }

        return body.Trim();
    }

    private static bool TrySend(CliConsole console, string server, HttpMethod method, string path, string? token, string? json, out int status, out string body)
    {
        status = 0;
        body = string.Empty;
        if (!Uri.TryCreate(server.EndsWith('/') ? server : server + "/", UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("http" or "https"))
        {
            console.Error.WriteLine($"error: --server '{server}' is not an http(s) URL (e.g. http://127.0.0.1:9095).");
            return false;
        }

        using var http = new HttpClient { Timeout = Timeout };
        using var request = new HttpRequestMessage(method, new Uri(baseUri, path));
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        try
        {
            using var response = http.Send(request);
            status = (int)response.StatusCode;
            using var reader = new StreamReader(response.Content.ReadAsStream());
            body = reader.ReadToEnd();
            return true;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            console.Error.WriteLine($"error: cannot reach remedy serve at {server}: {e.Message}");
            return false;
        }
    }
}
