using CollectionsInsight.Modeling.Learners;

namespace CollectionsInsight.Tests.Modeling.Learners;

public class LearnerFactoryTests
{
    [Fact]
    public void Create_WithoutXGBoost_LinearLearnersAndOneNotice()
    {
        var notices = new List<string>();
        var factory = new LearnerFactory(new LearnerOptions(), notices.Add, useXGBoost: false);

        var propensity = factory.Create(Objective.Multiclass(3));
        var outcome = factory.Create(Objective.Binary);

        Assert.IsType<LinearLearner>(propensity);
        Assert.IsType<LinearLearner>(outcome);
        Assert.Equal([LearnerFactory.FallbackNotice], notices);
    }

    [XGBoostFact]
    public void Create_WithXGBoostInstalled_XGBoostLearnerAndNoNotice()
    {
        var notices = new List<string>();

        var learner = new LearnerFactory(new LearnerOptions(), notices.Add).Create(Objective.Binary);

        Assert.IsType<XGBoostLearner>(learner);
        Assert.Empty(notices);
    }
}
