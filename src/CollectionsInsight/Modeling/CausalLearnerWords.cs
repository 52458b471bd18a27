using System.Diagnostics;

namespace CollectionsInsight.Modeling;

/// <summary>The command-line words for <see cref="CausalLearner"/>: auto, s, t, linear, blend.</summary>
public static class CausalLearnerWords
{
    /// <summary>The word for <paramref name="learner"/>.</summary>
    public static string ToWord(this CausalLearner learner) => learner switch
    {
        CausalLearner.Auto => "auto",
        CausalLearner.SLearner => "s",
        CausalLearner.TLearner => "t",
        CausalLearner.Linear => "linear",
        CausalLearner.Blend => "blend",
        _ => throw new UnreachableException($"no word for learner {learner}"),
    };

    /// <summary>The learner a word names, case-insensitively and ignoring surrounding spaces.</summary>
    public static bool TryParse(string word, out CausalLearner learner)
    {
        ArgumentNullException.ThrowIfNull(word);
        foreach (var candidate in Enum.GetValues<CausalLearner>())
        {
            if (string.Equals(candidate.ToWord(), word.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                learner = candidate;
                return true;
            }
        }
        learner = default;
        return false;
    }
}
