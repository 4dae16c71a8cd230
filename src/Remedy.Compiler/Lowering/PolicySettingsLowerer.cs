using Remedy.Compiler.Binding;
using Remedy.Runtime.Manifest;
using Remedy.Syntax.Language;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Lowering;

/// <summary>Turns the checked parameters of <c>choose remedy by policy(...)</c> into the manifest's <see cref="PolicySettings"/>.</summary>
internal static class PolicySettingsLowerer
{
    /// <summary>The settings the parameters write, or null when there are none (the policy's defaults apply).</summary>
    /// <param name="choose">The choice; the binder has reported any parameter that is unknown, mistyped or out of range.</param>
    /// <returns>The settings, or null.</returns>
    public static PolicySettings? Lower(ChooseDecl choose)
    {
        if (choose.Value is not { } policy || choose.Parameters.IsEmpty) return null;
        var settings = new PolicySettings();
        foreach (var argument in choose.Parameters)
        {
            if (argument.Name is not { } name || PolicyParameters.Find(policy, name.Name) is not { } parameter
                || PolicyParameterValue.Read(parameter.Type, argument.Value) is not { } v)
            {
                continue;
            }

            settings = name.Name switch
            {
                "prior" => settings with { PriorAlpha = v[0], PriorBeta = v[1] },
                "commit" => settings with { Commit = v[0] },
                "warm_start" => settings with { WarmStart = v[0] != 0 },
                "discount" => settings with { Discount = v[0] },
                "alpha" => settings with { Alpha = v[0] },
                "gamma" => settings with { Gamma = v[0] },
                "epsilon" => settings with { Epsilon = v[0] },
                "decay" => settings with { Decay = v[0] },
                "c" => settings with { Exploration = v[0] },
                "k" => settings with { Neighbours = (int)Math.Min(v[0], int.MaxValue) },
                _ => settings,
            };
        }

        return settings;
    }
}
