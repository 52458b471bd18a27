using CollectionsInsight.Loading;

namespace CollectionsInsight.Synthetic;

/// <summary>The columns of ground_truth.csv, which a generated data set has beside the data contract's files.</summary>
public sealed class GroundTruthColumns : FileContract
{
    internal GroundTruthColumns() : base("ground_truth")
    {
        CustomerId = Column("customer_id", ColumnType.Text, required: true);
        PPaidPhone = Column("p_paid_phone", ColumnType.Number, required: true);
        PPaidEmail = Column("p_paid_email", ColumnType.Number, required: true);
        PPaidBoth = Column("p_paid_both", ColumnType.Number, required: true);
        DaysPhone = Column("days_phone", ColumnType.Number, required: true);
        DaysEmail = Column("days_email", ColumnType.Number, required: true);
        DaysBoth = Column("days_both", ColumnType.Number, required: true);
        BestChannel = Column("best_channel", ColumnType.Word, required: true);
    }

    /// <summary>customer_id: a customer in customers.csv.</summary>
    public ContractColumn CustomerId { get; }

    /// <summary>p_paid_phone: the true probability of payment within the horizon under a call.</summary>
    public ContractColumn PPaidPhone { get; }

    /// <summary>p_paid_email: the same under an email.</summary>
    public ContractColumn PPaidEmail { get; }

    /// <summary>p_paid_both: the same under a call and an email.</summary>
    public ContractColumn PPaidBoth { get; }

    /// <summary>days_phone: the expected days to settle under a call.</summary>
    public ContractColumn DaysPhone { get; }

    /// <summary>days_email: the same under an email.</summary>
    public ContractColumn DaysEmail { get; }

    /// <summary>days_both: the same under a call and an email.</summary>
    public ContractColumn DaysBoth { get; }

    /// <summary>best_channel: phone, email or both.</summary>
    public ContractColumn BestChannel { get; }
}
