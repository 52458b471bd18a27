namespace CollectionsInsight.Loading;

/// <summary>What a column of the data contract holds, as the docs' "type" column names it.</summary>
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
    DateTime,

    /// <summary>One word from a fixed list, such as a channel.</summary>
    Word,
}
