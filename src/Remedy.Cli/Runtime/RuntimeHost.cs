using k8s;
using Remedy.Runtime.Engine;
using Remedy.Runtime.Providers;
using Remedy.Runtime.Providers.Files;
using Remedy.Runtime.Providers.Http;
using Remedy.Runtime.Providers.Kubernetes;
using Remedy.Runtime.Providers.Notify;
using Remedy.Runtime.Providers.Postgres;
using Remedy.Runtime.Providers.Process;
using Remedy.Runtime.Providers.Prometheus;
using Remedy.Runtime.Providers.Scripting;
using Remedy.Runtime.Storage;

namespace Remedy.Cli.Runtime;

/// <summary>
/// A runtime over the state file and the configured providers, for one CLI command. Opening it reports every
/// problem (no state file, a locked or corrupt one, a bad configuration) as a sentence and an exit code.
/// </summary>
public sealed class RuntimeHost : IDisposable
{
    private readonly List<IDisposable> owned = [];

    private RuntimeHost(SqliteStore store, PlaybookRuntime runtime, IReadOnlyList<string> providerIds, string? configPath)
    {
        Store = store;
        Runtime = runtime;
        ProviderIds = providerIds;
        ConfigPath = configPath;
    }

    /// <summary>The state file.</summary>
    public SqliteStore Store { get; }

    /// <summary>The runtime.</summary>
    public PlaybookRuntime Runtime { get; }

    /// <summary>The provider ids registered from the configuration.</summary>
    public IReadOnlyList<string> ProviderIds { get; }

    /// <summary>The runtime configuration the providers came from, or null when none was found.</summary>
    public string? ConfigPath { get; }

    /// <summary>Opens the state file (and, when asked, the providers of the runtime configuration).</summary>
    /// <param name="console">Where problems are reported.</param>
    /// <param name="statePath">The state file.</param>
    /// <param name="create">Whether a missing state file is created (pause, resume) or is an error.</param>
    /// <param name="configPath">The runtime configuration; null means <c>remedy.runtime.json</c> if present.</param>
    /// <param name="withProviders">Whether providers are needed (recover, run); other commands only read and decide.</param>
    /// <param name="host">The host, or null.</param>
    /// <returns><see cref="ExitCodes.Success"/>, or the exit code to return after the reported problem.</returns>
    public static int TryOpen(CliConsole console, string statePath, bool create, string? configPath, bool withProviders, out RuntimeHost? host)
    {
        host = null;
        if (!create && !File.Exists(statePath))
        {
            console.Error.WriteLine($"error: no state file at '{statePath}'.");
            console.Error.WriteLine("The runtime creates it when a playbook first runs; 'remedy resume --state PATH' creates an empty one. Use --state to point at another file.");
            return ExitCodes.BadUsage;
        }

        if (Directory.Exists(statePath))
        {
            console.Error.WriteLine($"error: '{statePath}' is a folder; --state takes the path of a state file (e.g. {Path.Combine(statePath, "remedy.db")}).");
            return ExitCodes.BadUsage;
        }

        RuntimeConfig? config = null;
        string? path = null;
        if (withProviders)
        {
            path = configPath ?? (File.Exists(RuntimeConfig.DefaultFileName) ? RuntimeConfig.DefaultFileName : null);
            if (configPath is not null && !File.Exists(configPath))
            {
                console.Error.WriteLine($"error: no runtime configuration at '{configPath}'.");
                return ExitCodes.BadUsage;
            }

            if (path is not null && !RuntimeConfig.TryLoad(path, out config, out var configError))
            {
                console.Error.WriteLine($"error: {configError}");
                return ExitCodes.BadUsage;
            }
        }

        if (!SqliteStore.TryOpen(statePath, SqliteDurability.Normal, out var store, out var error, TimeSpan.FromSeconds(5)))
        {
            console.Error.WriteLine($"error: {error}");
            if (error!.Contains("locked", StringComparison.OrdinalIgnoreCase))
            {
                console.Error.WriteLine("Another remedy process is writing to it; try again when it is done.");
            }
            else if (File.Exists(statePath))
            {
                console.Error.WriteLine("The file is not a Remedy state file (or is damaged); point --state at the right file.");
            }

            return ExitCodes.BadUsage;
        }

        var owned = new List<IDisposable>();
        var providers = new List<IProvider>();
        if (config is not null && BuildProviders(console, config, providers, owned) is var failed && failed)
        {
            store.Dispose();
            owned.ForEach(o => o.Dispose());
            return ExitCodes.BadUsage;
        }

        if (!ProviderRegistry.TryCreate(providers, out var registry, out var registryError))
        {
            console.Error.WriteLine($"error: {registryError}");
            store.Dispose();
            owned.ForEach(o => o.Dispose());
            return ExitCodes.BadUsage;
        }

        var runtime = new PlaybookRuntime(store, registry, TimeProvider.System, NotificationRouter.ToWriter(console.Output));
        host = new RuntimeHost(store, runtime, registry.Ids, config is null ? null : path);
        host.owned.AddRange(owned);
        return ExitCodes.Success;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var o in owned)
        {
            o.Dispose();
        }

        Store.Dispose();
    }

    private static bool BuildProviders(CliConsole console, RuntimeConfig config, List<IProvider> providers, List<IDisposable> owned)
    {
        if (config.Files is { } files)
        {
            providers.AddRange(FileProviders.All(
                new FileProviderOptions { AllowedRoots = files.AllowedRoots.Select(config.Resolve).ToArray(), TrashDirectory = config.Resolve(files.Trash) },
                TimeProvider.System));
        }

        if (config.Services.Count > 0)
        {
            providers.AddRange(ServiceProviders.All(new ServiceCatalog(config.Services.Select(s => new ServiceDefinition
            {
                Name = s.Name,
                FileName = s.Command.Count > 0 ? s.Command[0] : string.Empty,
                Arguments = s.Command.Skip(1).ToArray(),
                PidFile = config.Resolve(s.PidFile),
            }))));
        }

        HttpClient? http = null;
        HttpClient Http()
        {
            if (http is null)
            {
                http = new HttpClient();
                owned.Add(http);
            }

            return http;
        }

        if (config.Http is { } httpSection)
        {
            providers.AddRange(HttpProviders.All(Http(), new HttpProviderOptions { AllowedUrlPrefixes = httpSection.AllowedUrlPrefixes }));
        }

        if (config.Prometheus is { } prometheus)
        {
            if (!Uri.TryCreate(prometheus.EndsWith('/') ? prometheus : prometheus + "/", UriKind.Absolute, out var url))
            {
                console.Error.WriteLine($"error: runtime configuration: prometheus '{prometheus}' is not an absolute URL");
                return true;
            }

            providers.AddRange(PrometheusProviders.All(Http(), new PrometheusProviderOptions { BaseUrl = url }));
        }

        if (config.Postgres is { Count: > 0 } databases)
        {
            providers.AddRange(PostgresProviders.All(new PostgresProviderOptions { Databases = databases }));
        }

        if (config.Kubeconfig is { } kubeconfig)
        {
            try
            {
                var client = new Kubernetes(KubernetesClientConfiguration.BuildConfigFromConfigFile(config.Resolve(kubeconfig)));
                owned.Add(client);
                providers.AddRange(KubernetesProviders.All(new KubernetesProviderOptions { Client = client }));
            }
            catch (Exception e) when (e is k8s.Exceptions.KubeConfigException or IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"error: runtime configuration: kubeconfig '{kubeconfig}' cannot be used: {e.Message}");
                return true;
            }
        }

        if (config.ScriptProviders is { } scripts)
        {
            var loader = new ScriptProviderLoader(new ScriptProviderOptions
            {
                Callable = providers.ToArray(),
                CacheDirectory = config.ScriptCache is { } cache ? config.Resolve(cache) : null,
            });
            var loaded = loader.LoadDirectory(config.Resolve(scripts));
            foreach (var problem in loaded.Errors)
            {
                console.Error.WriteLine($"error: {problem}");
            }

            if (!loaded.Succeeded)
            {
                return true;
            }

            providers.AddRange(loaded.Providers);
        }

        return false;
    }
}
