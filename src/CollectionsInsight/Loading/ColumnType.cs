using CollectionsInsight.Domain;

namespace CollectionsInsight.Loading;

/// <summary>What a column of the data contract holds; its word (<see cref="Words"/>) is what the docs' "type" column says.</summary>
public enum ColumnType
{
    /// <summary>Free text, trimmed; empty is missing.</summary>
    Text,

    /// <summary>A whole number.</summary>
    Int,

    /// <summary>An amount of money, culture-invariant (<c>1234.56</c>).</summary>
    Decimal,

    /// <summary>A real number such as a probability, culture-invariant.</summary>
    Number,

    /// <summary>A date, <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>An ISO 8601 date-time, optionally with an offset.</summary>
    [Word("date-time")]
    DateTime,

    /// <summary>One word from a fixed list, such as a channel.</summary>
    Word,
}
