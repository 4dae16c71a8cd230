using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary>
/// The declaration of a loop's elements as the step's targets, where the runtime checks blast radius, scope and
/// cooldowns before any action runs.
/// </summary>
/// <param name="Population">How many candidates the targets were drawn from (for <c>max_percent</c>).</param>
/// <param name="StaticBound">The bound the verifier proved, or null.</param>
/// <param name="GuardLimit">When the bound is unknown and <c>max_targets</c> is declared: a runtime guard's limit.</param>
/// <param name="Display">How messages name the list.</param>
/// <param name="Span">The .remedy span.</param>
public sealed record IrTargets(IrExpression Population, long? StaticBound, long? GuardLimit, string Display, SourceSpan Span);
