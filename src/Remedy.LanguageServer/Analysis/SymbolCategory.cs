namespace Remedy.LanguageServer.Analysis;

/// <summary>What a name refers to.</summary>
internal enum SymbolCategory
{
    Module,
    Resource,
    Field,
    Query,
    Action,
    Parameter,
    Playbook,
    Simulation,
    Let,
    LoopVariable,
    Capture,
    Option,
    Step,
    Alert,
    AlertField,
    It,
}
