using System.Diagnostics;
using System.Globalization;

namespace Remedy.Runtime.Engine;

/// <summary>
/// Names the process that owns a run (<c>host/pid/start-ticks</c>) and tells whether such an owner is still
/// alive, so recovery never compensates a run another live process is still executing. The start time guards
/// against a recycled pid.
/// </summary>
internal static class ProcessIdentity
{
    public static string Current()
    {
        using var self = Process.GetCurrentProcess();
        return Format(Environment.MachineName, self.Id, self.StartTime.ToUniversalTime().Ticks);
    }

    private static bool SameProcess(string owner, string self)
    {
        var a = owner.Split('/');
        var b = self.Split('/');
        return a.Length == 3 && b.Length == 3 && a[0] == b[0] && a[1] == b[1];
    }

    public static string Format(string host, int pid, long startTicks) =>
        string.Create(CultureInfo.InvariantCulture, $"{host}/{pid}/{startTicks}");

    /// <summary>True when the owner is a live process other than this one, or lives on another host (unknowable, so assumed alive).</summary>
    public static bool IsOtherLiveProcess(string owner, string self)
    {
        if (owner == self || SameProcess(owner, self))
        {
            return false;
        }

        var parts = owner.Split('/');
        if (parts.Length != 3
            || !int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid)
            || !long.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ticks))
        {
            return false;
        }

        if (!string.Equals(parts[0], Environment.MachineName, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            // Start times derived from boot time jitter by a few milliseconds between reads; a recycled pid differs by far more.
            return !process.HasExited && Math.Abs(process.StartTime.ToUniversalTime().Ticks - ticks) < TimeSpan.TicksPerSecond;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return false;
        }
    }
}
