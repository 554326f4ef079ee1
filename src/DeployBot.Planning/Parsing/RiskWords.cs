using DeployBot.Core.Plans;

namespace DeployBot.Planning.Parsing;

/// <summary>The model's risk-area words, for the whole plan or one item.</summary>
internal static class RiskWords
{
    /// <summary>
    /// The areas, without repeats, or null when any word is outside the vocabulary (or not a word at all): all or
    /// nothing, because one such word means the model did not follow the list, so none of its words are trusted.
    /// </summary>
    public static IReadOnlyList<RiskArea>? Read(IEnumerable<string?> words)
    {
        var risks = new List<RiskArea>();
        foreach (var word in words)
        {
            var text = word?.Trim();
            if (string.IsNullOrEmpty(text) || char.IsDigit(text[0]) || !Enum.TryParse<RiskArea>(text, ignoreCase: true, out var risk) || !Enum.IsDefined(risk))
            {
                return null;
            }

            if (!risks.Contains(risk))
            {
                risks.Add(risk);
            }
        }

        return risks;
    }
}
