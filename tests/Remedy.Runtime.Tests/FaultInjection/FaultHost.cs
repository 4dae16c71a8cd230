using Remedy.Runtime.Engine;
using Remedy.Runtime.Providers;
using Remedy.Runtime.Providers.Files;
using Remedy.Runtime.Storage;

namespace Remedy.Runtime.Tests.FaultInjection;

/// <summary>What one child process does: open the shared state, recover (unless told not to), say "ready", run one playbook.</summary>
public static class FaultHost
{
    public static string DataFolder(string root, int iteration) => Path.Combine(root, "data", iteration.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static string Ledger(string root) => Path.Combine(root, "ledger.txt");

    public static PlaybookRuntime NewRuntime(IRuntimeStore store, string root)
    {
        var options = new FileProviderOptions { AllowedRoots = [Path.Combine(root, "data")], TrashDirectory = Path.Combine(root, "trash") };
        var ledger = Ledger(root);
        var providers = FileProviders.All(options, TimeProvider.System).Select(p => (IProvider)new LedgerProvider(p, ledger)).ToArray();
        return new PlaybookRuntime(store, ProviderRegistry.Create(providers));
    }

    public static async Task<int> RunAsync(string database, string root, int iteration, bool recoverFirst = true)
    {
        if (!SqliteStore.TryOpen(database, SqliteDurability.Normal, out var store, out var error))
        {
            await Console.Error.WriteLineAsync(error);
            return 3;
        }

        using (store)
        {
            var runtime = NewRuntime(store, root);
            // Without recovery here, every killed run stays open until `remedy recover` settles them all at the end.
            var recovered = recoverFirst ? (await runtime.RecoverAsync()).RunsRecovered : 0;
            Console.WriteLine($"ready recovered={recovered}");
            Console.Out.Flush();

            var loaded = runtime.Load(new FaultPlaybook(DataFolder(root, iteration)));
            if (!loaded.Succeeded)
            {
                await Console.Error.WriteLineAsync(string.Join("\n", loaded.Errors));
                return 4;
            }

            var result = await runtime.RunAsync(loaded.Playbook!, new RunRequest { RequestedBy = "fault-test", RunId = $"run-{iteration}" });
            Console.WriteLine($"done {result.Outcome}");
            return 0;
        }
    }
}
