using Microsoft.CodeAnalysis;
using Remedy.Syntax.Diagnostics;
using DiagnosticDescriptor = Remedy.Syntax.Diagnostics.DiagnosticDescriptor;

namespace Remedy.Compiler.Roslyn;

/// <summary>One forbidden use found in generated C#.</summary>
/// <param name="Location">Where, in the C# (mapped to the .remedy file through <c>#line</c> when reported).</param>
/// <param name="Descriptor">RMD2001 (an API) or RMD2002 (a construct).</param>
/// <param name="What">What is used, e.g. <c>System.IO.File.Delete</c>.</param>
/// <param name="Why">Why playbooks may not use it.</param>
public sealed record ApiViolation(Location Location, DiagnosticDescriptor Descriptor, string What, string Why);
