using Remedy.Runtime.Values;

namespace Remedy.Runtime.Journal;

/// <summary>A fully resolved compensation, journaled with the intent so it can be replayed without the playbook.</summary>
/// <param name="ProviderId">The compensating provider.</param>
/// <param name="Args">Its arguments.</param>
public sealed record CompensationCall(string ProviderId, MapValue Args);
