using System.Text.Json;
using System.Text.Json.Serialization;

namespace Remedy.Cli.Runtime;

/// <summary>
/// The operator's runtime configuration (<c>remedy.runtime.json</c>): what the providers may reach. Playbooks
/// name files, URLs, databases and services; only what is listed here can be touched. Relative paths are taken
/// from the configuration file's folder.
/// </summary>
public sealed record RuntimeConfig
{
    /// <summary>The file name looked for in the current folder when <c>--config</c> is not given.</summary>
    public const string DefaultFileName = "remedy.runtime.json";

    /// <summary>File providers: allowed roots and the trash folder.</summary>
    [JsonPropertyName("files")]
    public FilesConfig? Files { get; init; }

    /// <summary>HTTP providers: allowed URL prefixes.</summary>
    [JsonPropertyName("http")]
    public HttpConfig? Http { get; init; }

    /// <summary>Services the process providers may start and stop.</summary>
    [JsonPropertyName("services")]
    public IReadOnlyList<ServiceConfig> Services { get; init; } = [];

    /// <summary>PostgreSQL connection strings by database name.</summary>
    [JsonPropertyName("postgres")]
    public IReadOnlyDictionary<string, string>? Postgres { get; init; }

    /// <summary>The Prometheus server's base URL.</summary>
    [JsonPropertyName("prometheus")]
    public string? Prometheus { get; init; }

    /// <summary>A kubeconfig file for the Kubernetes providers.</summary>
    [JsonPropertyName("kubeconfig")]
    public string? Kubeconfig { get; init; }

    /// <summary>A folder of script providers (<c>*.csx</c>).</summary>
    [JsonPropertyName("script_providers")]
    public string? ScriptProviders { get; init; }

    /// <summary>Where compiled script providers are cached.</summary>
    [JsonPropertyName("script_cache")]
    public string? ScriptCache { get; init; }

    /// <summary>The folder the file was read from; relative paths resolve against it.</summary>
    [JsonIgnore]
    public string BaseDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>Reads a configuration file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="config">The configuration, or null on error.</param>
    /// <param name="error">Why it could not be read, or null.</param>
    /// <returns>True when read.</returns>
    public static bool TryLoad(string path, out RuntimeConfig? config, out string? error)
    {
        config = null;
        try
        {
            var parsed = JsonSerializer.Deserialize<RuntimeConfig>(File.ReadAllText(path), new JsonSerializerOptions
            {
                ReadCommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
                UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            });
            if (parsed is null)
            {
                error = $"runtime configuration '{path}' is empty (expected a JSON object)";
                return false;
            }

            config = parsed with { BaseDirectory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? Directory.GetCurrentDirectory() };
            error = null;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"cannot read runtime configuration '{path}': {e.Message}";
            return false;
        }
        catch (JsonException e)
        {
            error = $"runtime configuration '{path}' is not valid: {e.Message}";
            return false;
        }
    }

    /// <summary>A path from the file, made absolute against its folder.</summary>
    /// <param name="path">The path as written.</param>
    /// <returns>The absolute path.</returns>
    public string Resolve(string path) => Path.GetFullPath(path, BaseDirectory);
}
