using CollectionsInsight.Benchmarks;

return args is ["recommender", .. var rest] ? RecommenderEvaluation.Run(rest) : Usage();

static int Usage()
{
    Console.Error.WriteLine("usage: recommender [regret|null|speed|all]");
    return 1;
}
