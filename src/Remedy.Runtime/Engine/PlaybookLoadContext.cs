using System.Reflection;
using System.Runtime.Loader;

namespace Remedy.Runtime.Engine;

/// <summary>
/// An isolated, collectible load context for one playbook assembly. It loads nothing itself, so
/// <c>Remedy.Runtime</c> and the framework resolve to the host's copies and the playbook's types derive from
/// the very <see cref="CompiledPlaybook"/> the runtime knows.
/// </summary>
internal sealed class PlaybookLoadContext : AssemblyLoadContext
{
    public PlaybookLoadContext(string name)
        : base(name, isCollectible: true)
    {
    }

    protected override Assembly? Load(AssemblyName assemblyName) => null;
}
