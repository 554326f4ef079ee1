using System.Text;
using DeployBot.Core.Planning;
using DeployBot.Core.Plans;

namespace DeployBot.Planning.Assistant;

/// <summary>
/// The thread assistant without a model: it says plainly that it cannot answer, and quotes the section of the
/// plan the question seems to be about, labelled as a quote.
/// </summary>
internal sealed class OfflinePlanAssistant : IPlanAssistant
{
    private const int MaxQuotedLines = 8;

    public Task<ThreadAnswer> AnswerAsync(PlanQuestion question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        return Task.FromResult(new ThreadAnswer(Compose("no language model is configured", question.Plan, question.Question), Answered: false));
    }

    /// <summary>"I can't answer questions right now: …" plus the quoted section, when one fits. Shared with the model assistant's failure path.</summary>
    internal static string Compose(string why, DeploymentPlan plan, string question)
    {
        var text = new StringBuilder($"I can't answer questions right now: {why}.");
        var section = PlanSectionHint.For(question);
        if (section is null)
        {
            text.Append(" The plan's sections are: ").Append(string.Join(", ", PlanSections.InOrder)).Append('.');
            return text.ToString();
        }

        var lines = PlanSectionHint.Lines(plan, section);
        text.Append($" The plan's {section} section may help. It says:");
        foreach (var line in lines.Take(MaxQuotedLines))
        {
            text.Append("\n> ").Append(line);
        }

        if (lines.Count > MaxQuotedLines)
        {
            text.Append($"\n> … ({lines.Count - MaxQuotedLines} more in the plan)");
        }

        return text.ToString();
    }
}
