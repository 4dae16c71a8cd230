namespace Remedy.Compiler.Types;

/// <summary>A Remedy type. Types are immutable values compared structurally.</summary>
public abstract record RemedyType
{
    /// <summary>What kind of type this is.</summary>
    public abstract TypeKind Kind { get; }

    /// <summary>Whether this is the error type, which suppresses follow-on errors.</summary>
    public bool IsError => Kind == TypeKind.Error;

    /// <summary>Whether this type or any type inside it is the error type.</summary>
    public virtual bool ContainsError => IsError;

    /// <summary>The type as a user writes it, e.g. <c>list&lt;k8s.Pod&gt;</c>.</summary>
    public abstract string DisplayName { get; }

    /// <inheritdoc />
    public sealed override string ToString() => DisplayName;
}
