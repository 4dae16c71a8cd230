using System.Text;

namespace Remedy.Server.Hosting;

/// <summary>Enum names as the language spells them (<c>ObserveOnly</c> is <c>observe_only</c>), for JSON and metric labels.</summary>
public static class SnakeCase
{
    /// <summary>Converts a value's name.</summary>
    /// <typeparam name="T">The enum.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The snake_case name.</returns>
    public static string Of<T>(T value) where T : struct, Enum => Of(value.ToString());

    /// <summary>Converts a PascalCase name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The snake_case name.</returns>
    public static string Of(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) text.Append('_');
            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
