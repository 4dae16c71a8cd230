using System.Runtime.CompilerServices;

namespace Remedy.Runtime.Tests.Support;

/// <summary>
/// A test against a real Kubernetes cluster: runs only when KUBECONFIG names a kubeconfig file, and otherwise is
/// skipped with that reason in the test output (no cluster is started by the test run).
/// </summary>
public sealed class KubernetesFactAttribute : FactAttribute
{
    public KubernetesFactAttribute([CallerMemberName] string test = "")
    {
        if (Kubeconfig is null)
        {
            Skip = "no Kubernetes cluster configured: set KUBECONFIG to a kubeconfig file to run the Kubernetes integration tests";
            // dotnet test prints names, not skip reasons, at its default verbosity: put the reason where it shows.
            DisplayName = $"{test} (skipped: {Skip})";
        }
    }

    public static string? Kubeconfig =>
        Environment.GetEnvironmentVariable("KUBECONFIG") is { Length: > 0 } path && File.Exists(path) ? path : null;
}
