using System.Collections.Concurrent;
using DeployBot.Core.Planning;

namespace DeployBot.Core.Tests.TestDoubles;

/// <summary>Answers by echoing the question, and remembers each question with the history it was given.</summary>
internal sealed class StubAssistant : IPlanAssistant
{
    private readonly ConcurrentQueue<PlanQuestion> _questions = new();

    public IReadOnlyList<PlanQuestion> Questions => _questions.ToArray();

    public Task<ThreadAnswer> AnswerAsync(PlanQuestion question, CancellationToken cancellationToken)
    {
        _questions.Enqueue(question);
        return Task.FromResult(new ThreadAnswer($"About “{question.Question}”: see step 1 of the {question.Request.Environment} plan.", true));
    }
}
