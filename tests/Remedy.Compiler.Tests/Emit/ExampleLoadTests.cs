using Remedy.Compiler.Emit;
using Remedy.Runtime.Engine;
using Remedy.Runtime.Providers;
using Remedy.Runtime.Providers.Files;
using Remedy.Runtime.Providers.Http;
using Remedy.Runtime.Providers.Process;
using Remedy.Runtime.Storage;

namespace Remedy.Compiler.Tests.Emit;

/// <summary>
/// The examples workspace compiles to one assembly that the runtime loads through its own allowlist check and
/// manifest validation, with the real providers registered (files, services, HTTP) and stand-ins only for ids
/// no real provider implements yet (k8s.*, prometheus.*, postgres.*, notify.*, service.reload).
/// </summary>
public sealed class ExampleLoadTests
{
    [Fact]
    public void The_examples_load_through_the_runtime_with_their_providers_registered()
    {
        var result = new PlaybookCompiler().Compile(DeterminismTests.ExamplesWorkspace(), "examples");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var root = Directory.CreateTempSubdirectory("remedy-examples-");
        try
        {
            using var http = new HttpClient();
            IProvider[] real =
            [
                .. FileProviders.All(new FileProviderOptions { AllowedRoots = [root.FullName], TrashDirectory = Path.Combine(root.FullName, "trash") }, TimeProvider.System),
                .. ServiceProviders.All(new ServiceCatalog([])),
                .. HttpProviders.All(http, new HttpProviderOptions { AllowedUrlPrefixes = ["http://localhost/"] }),
            ];
            var providers = FakeProviders.For(result, real);
            var runtime = new PlaybookRuntime(new InMemoryStore(), providers);

            var loaded = runtime.LoadAssembly(result.Image.ToArray(), "examples.dll");

            Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
            var expected = DeterminismTests.ExamplesWorkspace().Analysis.Playbooks.Select(p => p.Name).Order(StringComparer.Ordinal);
            Assert.Equal(expected, loaded.Playbooks.Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.Equal(result.Sources.Length, loaded.Playbooks.Count);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
