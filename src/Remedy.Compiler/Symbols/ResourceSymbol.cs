using System.Collections.Immutable;
using Remedy.Compiler.Types;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Symbols;

/// <summary>A resource declaration (or the built-in <c>alert</c>) and its fields.</summary>
public sealed class ResourceSymbol : Symbol
{
    private ImmutableArray<FieldSymbol> _fields = [];

    internal ResourceSymbol(string name, string moduleName, string? path, Identifier? nameNode, DocComment? doc, ResourceDecl? declaration)
        : base(name, path, nameNode, doc)
    {
        ModuleName = moduleName;
        Declaration = declaration;
        Type = new ResourceType(this);
    }

    /// <inheritdoc />
    public override SymbolKind Kind => SymbolKind.Resource;

    /// <summary>The module that declares the resource ("" for the built-in <c>alert</c>).</summary>
    public string ModuleName { get; }

    /// <summary>The name qualified with its module, as shown in messages.</summary>
    public string QualifiedName => ModuleName.Length == 0 ? Name : $"{ModuleName}.{Name}";

    /// <summary>The declaration, or null for a built-in.</summary>
    public ResourceDecl? Declaration { get; }

    /// <summary>The fields, in declaration order.</summary>
    public ImmutableArray<FieldSymbol> Fields => _fields;

    /// <summary>The value type of the resource.</summary>
    public override RemedyType Type { get; }

    /// <summary>The field of that name, or null.</summary>
    public FieldSymbol? FindField(string name)
    {
        foreach (var field in _fields)
            if (field.Name == name) return field;
        return null;
    }

    /// <inheritdoc />
    public override string Display => $"resource {QualifiedName}";

    internal void SetFields(ImmutableArray<FieldSymbol> fields) => _fields = fields;
}
