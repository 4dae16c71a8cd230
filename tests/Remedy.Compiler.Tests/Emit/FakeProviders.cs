using Remedy.Compiler.Emit;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Providers;
using Remedy.Runtime.Values;

namespace Remedy.Compiler.Tests.Emit;

/// <summary>
/// Providers that answer every id an assembly's manifests name, for tests that only load (never act): ids with no
/// real provider yet (k8s.*, prometheus.*) must still be registered for the runtime to accept the manifest.
/// </summary>
public static class FakeProviders
{
    public static ProviderRegistry For(CompileResult result, params IProvider[] real)
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        var context = new System.Runtime.Loader.AssemblyLoadContext("manifests", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(result.Image.ToArray()));
            foreach (var type in assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Runtime.Engine.CompiledPlaybook))))
            {
                var manifest = (PlaybookManifest)type.GetField("Spec")!.GetValue(null)!;
                foreach (var q in manifest.Queries) ids.Add(q.ProviderId);
                foreach (var a in manifest.Actions)
                {
                    ids.Add(a.ProviderId);
                    if (a.Rollback is { } r) ids.Add(r.ProviderId);
                }
            }
        }
        finally
        {
            context.Unload();
        }

        var realIds = real.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        return ProviderRegistry.Create([.. real, .. ids.Where(id => !realIds.Contains(id)).Select(id => (IProvider)new Fake(id))]);
    }

    private sealed class Fake(string id) : IProvider
    {
        public string Id => id;

        public Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken) =>
            Task.FromResult(ProviderResult.Ok(RValue.Null));
    }
}
