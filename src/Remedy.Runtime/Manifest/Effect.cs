namespace Remedy.Runtime.Manifest;

/// <summary>What an action or step does to the world.</summary>
public enum Effect
{
    /// <summary>Changes nothing.</summary>
    ReadOnly = 0,
    /// <summary>Changes something; has a rollback or is declared irreversible.</summary>
    Mutating = 1,
    /// <summary>Destroys something; always irreversible.</summary>
    Destructive = 2,
}
