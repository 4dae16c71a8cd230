using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using Remedy.Cli.Running;
using Remedy.Cli.Runtime;
using Remedy.Runtime.Engine;
using Remedy.Server.Approvals;
using Remedy.Server.Hosting;
using Remedy.Server.Playbooks;
using Remedy.Syntax.Language;

namespace Remedy.Cli.Commands;

/// <summary>
/// <c>remedy serve</c>: takes Alertmanager's webhooks, runs the playbooks their alerts trigger under the runtime's
/// guards, asks people for approvals over HTTP, exposes Prometheus metrics, and reloads the playbooks when their
/// files change. SIGTERM or Ctrl-C stops it gracefully.
/// </summary>
public static class ServeCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="console">Where output goes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console)
    {
        var playbooks = new Option<string[]>("--playbooks") { Description = "Files or folders of .remedy files (one workspace), watched for changes.", Required = true, AllowMultipleArgumentsPerToken = true };
        var state = StateOptions.State();
        var urls = new Option<string>("--urls") { Description = "Where to listen, ';'-separated. Default: http://127.0.0.1:9095.", DefaultValueFactory = _ => "http://127.0.0.1:9095" };
        var tokens = new Option<string?>("--tokens") { Description = "A JSON file of bearer tokens allowed to decide approvals and flip the kill switch: {\"tokens\":[{\"token\":\"...\",\"identity\":\"alice\"}]}." };
        var config = new Option<string?>("--config") { Description = $"The runtime configuration (which providers playbooks may use). Default: {RuntimeConfig.DefaultFileName} in the current folder, if present." };
        var queue = new Option<int>("--queue") { Description = "How many accepted alerts may wait for a worker before new ones get 429.", DefaultValueFactory = _ => 10_000 };
        var cooldown = new Option<string>("--cooldown") { Description = "How long the same alert is a duplicate, and an incident (playbook, alert) is not remediated again, e.g. 5m.", DefaultValueFactory = _ => "5m" };
        var approvalTtl = new Option<string>("--approval-ttl") { Description = "How long an approval request stays valid, e.g. 15m.", DefaultValueFactory = _ => "15m" };
        var shutdown = new Option<string>("--shutdown-timeout") { Description = "How long in-flight runs may finish on shutdown before they are cancelled and compensated, e.g. 20s.", DefaultValueFactory = _ => "20s" };
        var command = new Command("serve", "Serve the Alertmanager webhook, approvals, runs and metrics over HTTP. Exit code: 0 stopped, 1 the playbooks have errors, 2 bad usage or bad input.")
        {
            playbooks, state, urls, tokens, config, queue, cooldown, approvalTtl, shutdown,
        };
        command.SetAction(parsed => Run(
            console,
            parsed.GetValue(playbooks) ?? [],
            parsed.GetValue(state)!,
            parsed.GetValue(urls)!,
            parsed.GetValue(tokens),
            parsed.GetValue(config),
            parsed.GetValue(queue),
            parsed.GetValue(cooldown)!,
            parsed.GetValue(approvalTtl)!,
            parsed.GetValue(shutdown)!));
        return command;
    }

    /// <summary>Runs the server until SIGTERM or Ctrl-C.</summary>
    /// <returns>The exit code.</returns>
    private static int Run(CliConsole console, IReadOnlyList<string> paths, string statePath, string urls, string? tokensPath, string? configPath, int queue, string cooldownText, string approvalTtlText, string shutdownText) => StateOptions.Guard(console, () =>
    {
        if (!TryDuration(console, "--cooldown", cooldownText, out var cooldown) || !TryDuration(console, "--approval-ttl", approvalTtlText, out var approvalTtl)
            || !TryDuration(console, "--shutdown-timeout", shutdownText, out var shutdownTimeout))
        {
            return ExitCodes.BadUsage;
        }

        if (!TryUrls(console, urls, out var listen)) return ExitCodes.BadUsage;

        if (queue < 1)
        {
            console.Error.WriteLine("error: --queue must be at least 1.");
            return ExitCodes.BadUsage;
        }

        TokenStore? tokens = null;
        if (tokensPath is not null && !TokenStore.TryLoad(tokensPath, out tokens, out var tokenError))
        {
            console.Error.WriteLine($"error: {tokenError}");
            return ExitCodes.BadUsage;
        }

        var options = new ServerOptions
        {
            Urls = listen,
            StatePath = statePath,
            PlaybookPaths = paths,
            Tokens = tokens,
            QueueCapacity = queue,
            DedupWindow = cooldown,
            IncidentCooldown = cooldown,
            ShutdownTimeout = shutdownTimeout,
            Log = console.Output,
        };
        var opened = RuntimeHost.TryOpen(console, statePath, create: true, configPath, withProviders: true, out var host, new RuntimeOptions { ApprovalTtl = approvalTtl });
        if (host is null)
        {
            return opened;
        }

        using (host)
        {
            if (tokens is null)
            {
                console.Output.WriteLine("note: no --tokens file: approvals and the kill switch can be read but not changed over HTTP");
            }

            return Serve(console, options, host).GetAwaiter().GetResult();
        }
    });

    /// <summary>The compile-and-load path of <c>remedy run</c>, for the server (and its reloads).</summary>
    /// <param name="paths">The workspace.</param>
    /// <param name="providerIds">The configured provider ids, to name them when one is missing.</param>
    /// <returns>The loader.</returns>
    public static PlaybookLoader Loader(IReadOnlyList<string> paths, IReadOnlyList<string> providerIds) => runtime =>
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        var console = new CliConsole(text, text);
        if (PlaybookWorkspace.TryCompile(console, paths, out var image, out _, out var files) != ExitCodes.Success)
        {
            return PlaybookLoad.Failed(text.ToString());
        }

        if (PlaybookWorkspace.TryLoad(console, runtime, image, providerIds, out var playbooks) != ExitCodes.Success)
        {
            return PlaybookLoad.Failed(text.ToString());
        }

        return new PlaybookLoad(playbooks, files, text.ToString(), true);
    };

    private static async Task<int> Serve(CliConsole console, ServerOptions options, RuntimeHost host)
    {
        await using var server = new RemedyServer(options, host.Runtime, host.Store, Loader(options.PlaybookPaths, host.ProviderIds));
        StartResult started;
        try
        {
            started = await server.StartAsync().ConfigureAwait(false);
        }
        catch (IOException e)
        {
            // Kestrel reports a port in use (or an address it cannot bind) as an IOException.
            console.Error.WriteLine($"error: cannot listen on {string.Join(", ", options.Urls)}: {e.Message}");
            await server.StopAsync().ConfigureAwait(false);
            return ExitCodes.BadUsage;
        }

        if (!started.Started)
        {
            console.Error.Write(started.Problems);
            console.Error.WriteLine(started.PlaybookErrors
                ? "error: remedy serve did not start: the playbooks have errors (fix them; 'remedy check' shows the same)"
                : "error: remedy serve did not start");
            await server.StopAsync().ConfigureAwait(false);
            return started.PlaybookErrors ? ExitCodes.Diagnostics : ExitCodes.BadUsage;
        }

        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnSignal(PosixSignalContext context)
        {
            // Keep the process alive until the graceful stop below has run.
            context.Cancel = true;
            stop.TrySetResult();
        }

        using (PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal))
        using (PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal))
        {
            await stop.Task.ConfigureAwait(false);
        }

        console.Output.WriteLine("remedy serve: shutting down (new alerts get 503; in-flight runs finish or are cancelled)");
        await server.StopAsync().ConfigureAwait(false);
        console.Output.WriteLine("remedy serve: stopped");
        return ExitCodes.Success;
    }

    /// <summary>
    /// The <c>--urls</c> entries, each an http or https URL with a host (Kestrel's <c>*</c> and <c>+</c> for every
    /// address included) and a port from 0 to 65535: checked here, so a typo is a sentence, not Kestrel's exception.
    /// The host must be an IP address or <c>localhost</c>: Kestrel listens on every address for any other host name
    /// (<c>http://256.1.1.1</c> included), and the approvals API must never be exposed more widely than asked.
    /// </summary>
    private static bool TryUrls(CliConsole console, string text, out string[] urls)
    {
        urls = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (urls.Length == 0)
        {
            console.Error.WriteLine("error: --urls is empty; give at least one address such as http://127.0.0.1:9095.");
            return false;
        }

        foreach (var url in urls)
        {
            var checkable = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
            if (!Uri.TryCreate(checkable, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
            {
                console.Error.WriteLine($"error: --urls '{url}' is not an http:// or https:// address with a host and a port from 0 to 65535 (e.g. http://127.0.0.1:9095).");
                return false;
            }

            var host = uri.Host.Trim('[', ']');
            if (!host.Equals("localhost", StringComparison.OrdinalIgnoreCase) && !System.Net.IPAddress.TryParse(host, out _))
            {
                console.Error.WriteLine($"error: --urls '{url}' names the host '{uri.Host}', which is not an IP address or localhost; for a host name the server would listen on every address. Give the address to listen on (e.g. http://127.0.0.1:9095, or http://0.0.0.0:9095 for every address).");
                return false;
            }
        }

        return true;
    }

    /// <summary>A positive duration written as in the language (<c>500ms</c>, <c>30s</c>, <c>5m</c>, <c>1h</c>).</summary>
    private static bool TryDuration(CliConsole console, string option, string text, out TimeSpan duration)
    {
        if (LanguageNames.TryParseDuration(text, out duration) && duration > TimeSpan.Zero) return true;

        console.Error.WriteLine($"error: {option} '{text}' is not a duration (e.g. 500ms, 30s, 5m, 1h).");
        return false;
    }
}
