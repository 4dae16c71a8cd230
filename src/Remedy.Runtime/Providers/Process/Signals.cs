using System.Runtime.InteropServices;

namespace Remedy.Runtime.Providers.Process;

/// <summary>Sends SIGTERM so a service can shut down cleanly; .NET itself only offers SIGKILL.</summary>
internal static class Signals
{
    private const int SigTerm = 15;

    public static bool TryTerminate(int pid) =>
        !OperatingSystem.IsWindows() && Kill(pid, SigTerm) == 0;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
