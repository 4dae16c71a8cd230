namespace Remedy.LanguageServer.Protocol;

/// <summary>What a symbol is, as the protocol numbers it.</summary>
public enum SymbolKind
{
    /// <summary>A file.</summary>
    File = 1,
    /// <summary>A module.</summary>
    Module = 2,
    /// <summary>A namespace.</summary>
    Namespace = 3,
    /// <summary>A class.</summary>
    Class = 5,
    /// <summary>A method.</summary>
    Method = 6,
    /// <summary>A property.</summary>
    Property = 7,
    /// <summary>A field.</summary>
    Field = 8,
    /// <summary>A function.</summary>
    Function = 12,
    /// <summary>A variable.</summary>
    Variable = 13,
    /// <summary>An object.</summary>
    Object = 19,
    /// <summary>A key.</summary>
    Key = 20,
    /// <summary>An enumeration member.</summary>
    EnumMember = 22,
    /// <summary>A structure.</summary>
    Struct = 23,
    /// <summary>An event.</summary>
    Event = 24,
}
