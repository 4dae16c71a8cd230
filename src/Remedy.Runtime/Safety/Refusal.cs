namespace Remedy.Runtime.Safety;

/// <summary>A guard's refusal: which guard, and a message that says what was refused and why.</summary>
/// <param name="Guard">The guard.</param>
/// <param name="Message">The message.</param>
public sealed record Refusal(GuardKind Guard, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"refused by {Guard}: {Message}";
}
