using System.Diagnostics;

namespace CollectionsInsight.Domain;

/// <summary>One value for each channel mix a collector can choose: phone, email and both.</summary>
/// <param name="Phone">The value for phone only.</param>
/// <param name="Email">The value for email only.</param>
/// <param name="Both">The value for phone and email together.</param>
public readonly record struct ChannelValues<T>(T Phone, T Email, T Both)
{
    /// <summary>The value for <paramref name="mix"/> (phone, email or both).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mix"/> is none or other, which are no choices.</exception>
    public T this[ChannelMix mix] => mix switch
    {
        ChannelMix.Phone => Phone,
        ChannelMix.Email => Email,
        ChannelMix.Both => Both,
        ChannelMix.None or ChannelMix.Other => throw new ArgumentOutOfRangeException(nameof(mix), mix, "only phone, email and both are choices"),
        _ => throw new UnreachableException($"channel mix {mix}"),
    };

    /// <summary>The values <paramref name="valueOf"/> gives phone, email and both, called in that order.</summary>
    public static ChannelValues<T> From(Func<ChannelMix, T> valueOf)
    {
        ArgumentNullException.ThrowIfNull(valueOf);
        return new(valueOf(ChannelMix.Phone), valueOf(ChannelMix.Email), valueOf(ChannelMix.Both));
    }

    /// <summary>Each channel's value transformed by <paramref name="map"/>.</summary>
    public ChannelValues<TResult> Select<TResult>(Func<T, TResult> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return new(map(Phone), map(Email), map(Both));
    }

    /// <summary>The values as an array in phone, email, both order.</summary>
    public T[] ToArray() => [Phone, Email, Both];

    /// <summary>The values of an array in phone, email, both order (the inverse of <see cref="ToArray"/>).</summary>
    /// <exception cref="ArgumentException">The array does not hold exactly three values.</exception>
    public static ChannelValues<T> FromArray(IReadOnlyList<T> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != ChannelChoices.Count)
            throw new ArgumentException($"expected {ChannelChoices.Count} values (phone, email, both), got {values.Count}", nameof(values));
        return new(values[0], values[1], values[2]);
    }
}
