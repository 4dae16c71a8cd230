using System.Collections;

namespace Remedy.Learning.Policies;

/// <summary>
/// The options of one <c>choose</c> block that the compiler verified, in declaration order.
/// Policies choose by index into this list only, so they cannot name anything else.
/// </summary>
public sealed class VerifiedOptions : IReadOnlyList<string>
{
    private readonly string[] _options;
    private readonly HashSet<string> _set;

    /// <summary>Creates the list; names must be distinct and non-blank, and there must be at least one.</summary>
    /// <param name="options">The verified option names in declaration order.</param>
    public VerifiedOptions(IEnumerable<string> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.ToArray();
        if (_options.Length == 0)
        {
            throw new ArgumentException("A choice needs at least one verified option.", nameof(options));
        }

        if (_options.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Option names must not be blank.", nameof(options));
        }

        _set = new HashSet<string>(_options, StringComparer.Ordinal);
        if (_set.Count != _options.Length)
        {
            throw new ArgumentException("Option names must be distinct.", nameof(options));
        }
    }

    /// <summary>The number of verified options.</summary>
    public int Count => _options.Length;

    /// <summary>The option at a position.</summary>
    /// <param name="index">The position.</param>
    public string this[int index] => _options[index];

    /// <summary>Creates verified options inline.</summary>
    /// <param name="options">The option names.</param>
    /// <returns>The list.</returns>
    public static VerifiedOptions Of(params string[] options) => new(options);

    /// <summary>Whether an option was verified.</summary>
    /// <param name="option">The option name.</param>
    /// <returns><see langword="true"/> when the option is in the list.</returns>
    public bool Contains(string option) => _set.Contains(option);

    /// <summary>The position of an option, or -1.</summary>
    /// <param name="option">The option name.</param>
    /// <returns>The index, or -1 when the option was not verified.</returns>
    public int IndexOf(string option) => Array.IndexOf(_options, option);

    /// <summary>Creates a decision for the option at <paramref name="index"/>.</summary>
    /// <param name="index">The chosen position; must be inside the list.</param>
    /// <param name="probability">The probability of this choice, in (0, 1].</param>
    /// <returns>The decision.</returns>
    public PolicyDecision Decide(int index, double probability)
    {
        if ((uint)index >= (uint)_options.Length)
        {
            throw new ShieldViolationException($"Option index {index} is outside the {_options.Length} verified options.");
        }

        // Numerical integration can land a hair outside [0, 1]; the recorded propensity must not.
        var p = Math.Clamp(probability, double.Epsilon, 1.0);
        return new PolicyDecision(_options[index], index, p);
    }

    /// <inheritdoc />
    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_options).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _options.GetEnumerator();
}
