using System.Collections.Immutable;
using Remedy.Compiler.Symbols;

namespace Remedy.Compiler.Binding;

/// <summary>An immutable chain of name tables: lookups walk from the innermost table outwards.</summary>
internal sealed class Scope
{
    private readonly Scope? _parent;
    private readonly ImmutableDictionary<string, Symbol> _names;

    private Scope(Scope? parent, ImmutableDictionary<string, Symbol> names, string description)
    {
        _parent = parent;
        _names = names;
        Description = description;
    }

    /// <summary>What the innermost table belongs to ("step", "playbook", ...), for messages.</summary>
    public string Description { get; }

    public static Scope Empty { get; } = new(null, ImmutableDictionary<string, Symbol>.Empty.WithComparers(StringComparer.Ordinal), "file");

    /// <summary>A new innermost table.</summary>
    public Scope Push(string description) => new(this, ImmutableDictionary<string, Symbol>.Empty.WithComparers(StringComparer.Ordinal), description);

    /// <summary>This scope with one more name in its innermost table.</summary>
    public Scope With(Symbol symbol) => new(_parent, _names.SetItem(symbol.Name, symbol), Description);

    /// <summary>The symbol of that name in the innermost table only.</summary>
    public Symbol? LookupLocal(string name) => _names.GetValueOrDefault(name);

    /// <summary>The nearest symbol of that name.</summary>
    public Symbol? Lookup(string name)
    {
        for (var s = this; s is not null; s = s._parent)
            if (s._names.TryGetValue(name, out var symbol)) return symbol;
        return null;
    }

    /// <summary>Every visible name, for "did you mean" suggestions.</summary>
    public IEnumerable<string> AllNames()
    {
        for (var s = this; s is not null; s = s._parent)
            foreach (var name in s._names.Keys) yield return name;
    }
}
