namespace Remedy.Compiler.Binding;

/// <summary>What kind of value a setting such as <c>timeout</c> or <c>retry</c> takes.</summary>
internal enum SettingKind
{
    Duration,
    Count,
    Percent,
}
