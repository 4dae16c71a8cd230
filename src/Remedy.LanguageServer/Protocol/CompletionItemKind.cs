namespace Remedy.LanguageServer.Protocol;

/// <summary>What a completion proposal is, as the protocol numbers it.</summary>
public enum CompletionItemKind
{
    /// <summary>Plain text.</summary>
    Text = 1,
    /// <summary>A method.</summary>
    Method = 2,
    /// <summary>A function.</summary>
    Function = 3,
    /// <summary>A field.</summary>
    Field = 5,
    /// <summary>A variable.</summary>
    Variable = 6,
    /// <summary>A class.</summary>
    Class = 7,
    /// <summary>A module.</summary>
    Module = 9,
    /// <summary>A property.</summary>
    Property = 10,
    /// <summary>A value.</summary>
    Value = 12,
    /// <summary>An enumeration.</summary>
    Enum = 13,
    /// <summary>A keyword.</summary>
    Keyword = 14,
    /// <summary>A snippet.</summary>
    Snippet = 15,
    /// <summary>A structure.</summary>
    Struct = 22,
    /// <summary>An enumeration member.</summary>
    EnumMember = 20,
    /// <summary>An event.</summary>
    Event = 23,
}
