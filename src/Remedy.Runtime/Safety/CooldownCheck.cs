namespace Remedy.Runtime.Safety;

/// <summary>The per-target cooldown rule, pure: never remediate the same target twice within its cooldown.</summary>
public static class CooldownCheck
{
    /// <summary>Checks one target.</summary>
    /// <param name="cooldown">The playbook's target cooldown, or null for none.</param>
    /// <param name="target">The target key.</param>
    /// <param name="lastMutation">When another run last changed it, or null.</param>
    /// <param name="now">The current time.</param>
    /// <returns>A refusal, or null.</returns>
    public static Refusal? Evaluate(TimeSpan? cooldown, string target, DateTimeOffset? lastMutation, DateTimeOffset now)
    {
        if (cooldown is not { } span || lastMutation is not { } last || now >= last + span)
        {
            return null;
        }

        return new(GuardKind.Cooldown,
            $"target '{target}' was remediated at {last:u}; its cooldown of {span} lasts until {last + span:u}");
    }
}
