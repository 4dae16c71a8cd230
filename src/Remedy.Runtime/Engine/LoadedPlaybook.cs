using Remedy.Runtime.Manifest;

namespace Remedy.Runtime.Engine;

/// <summary>A playbook whose manifest passed the load-time checks; only these can be run.</summary>
public sealed class LoadedPlaybook
{
    internal LoadedPlaybook(CompiledPlaybook playbook, PlaybookManifest manifest)
    {
        Playbook = playbook;
        Manifest = manifest;
    }

    /// <summary>The generated playbook.</summary>
    public CompiledPlaybook Playbook { get; }

    /// <summary>The manifest as checked at load (read once, so generated code cannot change it later).</summary>
    public PlaybookManifest Manifest { get; }

    /// <summary>The playbook name.</summary>
    public string Name => Manifest.Name;
}
