namespace Remedy.Compiler.Symbols;

/// <summary>What a symbol names.</summary>
public enum SymbolKind
{
    /// <summary>A module (what an import alias stands for).</summary>
    Module,
    /// <summary>A <c>resource</c> declaration, or the built-in <c>alert</c>.</summary>
    Resource,
    /// <summary>A field of a resource.</summary>
    Field,
    /// <summary>A <c>query</c>.</summary>
    Query,
    /// <summary>An <c>action</c>.</summary>
    Action,
    /// <summary>A parameter of a query or action.</summary>
    Parameter,
    /// <summary>A <c>capture</c> of an action.</summary>
    Capture,
    /// <summary>A <c>playbook</c>.</summary>
    Playbook,
    /// <summary>A <c>simulation</c>.</summary>
    Simulation,
    /// <summary>A <c>step</c>.</summary>
    Step,
    /// <summary>An <c>option</c> of a <c>choose</c>.</summary>
    Option,
    /// <summary>A <c>let</c>.</summary>
    Let,
    /// <summary>A <c>for</c> loop variable.</summary>
    LoopVariable,
    /// <summary>The variable of an <c>all</c> or <c>any</c> quantifier.</summary>
    QuantifierVariable,
    /// <summary><c>it</c> inside a pipeline stage.</summary>
    It,
    /// <summary><c>alert</c> inside a playbook or simulation.</summary>
    Alert,
    /// <summary>A metric of a <c>promote ... when</c> condition, such as <c>success_rate</c>.</summary>
    Metric,
    /// <summary>A built-in function such as <c>count</c>.</summary>
    BuiltinFunction,
    /// <summary>An <c>import</c> alias.</summary>
    ImportAlias,
    /// <summary>A simulated population.</summary>
    Population,
}
