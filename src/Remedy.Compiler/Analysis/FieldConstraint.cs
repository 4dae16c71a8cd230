using Remedy.Syntax.Text;

namespace Remedy.Compiler.Analysis;

/// <summary>A fact proven about every target of a list: <c>field == value</c>.</summary>
/// <param name="Field">The resource field.</param>
/// <param name="Value">The literal value every target has.</param>
/// <param name="Span">Where the proof comes from (the argument or the filter).</param>
/// <param name="Origin">How it was proven, for messages, e.g. <c>argument 'namespace' of k8s.pods</c>.</param>
public sealed record FieldConstraint(string Field, string Value, SourceSpan Span, string Origin);
