using CollectionsInsight.Modeling.Learners;

namespace CollectionsInsight.Tests.Modeling.Learners;

public class ObjectiveTests
{
    [Fact]
    public void Multiclass_OneClass_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Objective.Multiclass(1));

    [Fact]
    public void Outputs_ByKind_OnePerRowExceptMulticlass()
    {
        Assert.Equal(1, Objective.Binary.Outputs);
        Assert.Equal(1, Objective.Regression.Outputs);
        Assert.Equal(3, Objective.Multiclass(3).Outputs);
        Assert.Equal(Objective.Multiclass(3), Objective.Multiclass(3));
    }
}
