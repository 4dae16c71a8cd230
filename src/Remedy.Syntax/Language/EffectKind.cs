namespace Remedy.Syntax.Language;

/// <summary>What an action does to the world, from least to most.</summary>
public enum EffectKind
{
    /// <summary>read_only: changes nothing.</summary>
    ReadOnly,
    /// <summary>mutating: changes something that can be compensated or is declared irreversible.</summary>
    Mutating,
    /// <summary>destructive: removes something; always irreversible.</summary>
    Destructive,
}
