using Remedy.Runtime.Values;

namespace Remedy.Runtime.Providers.Process;

/// <summary>Whether a service runs, and as which process.</summary>
/// <param name="Service">The service name.</param>
/// <param name="Running">True when its recorded process is alive.</param>
/// <param name="Pid">The process id, or 0.</param>
internal sealed record ServiceStatus(string Service, bool Running, int Pid)
{
    public MapValue ToValue() => MapValue.Of(("service", Service), ("running", Running), ("pid", Pid));
}
