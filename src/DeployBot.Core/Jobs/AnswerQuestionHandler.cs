using DeployBot.Core.Planning;
using DeployBot.Core.Platforms;
using DeployBot.Core.Storage;

namespace DeployBot.Core.Jobs;

/// <summary>Answers a question in a plan's thread from the latest version and the thread's recent exchanges.</summary>
internal sealed class AnswerQuestionHandler(PlanJobContext context, IPlanAssistant assistant, IJobQueue queue) : IPlanJobHandler
{
    /// <summary>Earlier exchanges given to the assistant: enough for follow-ups, bounded so prompts stay small.</summary>
    public const int HistoryLength = 6;

    public const string StillDrafting = "The plan is still being drafted; ask again once it is posted.";

    public JobKind Kind => JobKind.AnswerQuestion;

    public async Task RunAsync(JobRecord job, CancellationToken cancellationToken)
    {
        var payload = JobJson.Read<AnswerQuestionPayload>(job.Payload);
        var progress = new JobProgress<AnswerState>(queue, job);
        var platform = context.Platform(payload.Thread.Platform);

        if (progress.State.Answer is null)
        {
            var answer = await AnswerAsync(job.PlanId, payload.Question, cancellationToken);
            await progress.SaveAsync(progress.State with { Answer = answer.Text, Answered = answer.Answered }, cancellationToken);
        }

        if (!progress.State.Replied)
        {
            await platform.ReplyInThreadAsync(payload.Thread, new ThreadPost(job.PlanId, progress.State.Answer!), cancellationToken);
            await progress.SaveAsync(progress.State with { Replied = true }, cancellationToken);
        }

        if (!progress.State.Recorded && progress.State.Answered)
        {
            await context.Plans.AddThreadExchangeAsync(job.PlanId, payload.Question, progress.State.Answer!, cancellationToken);
            await progress.SaveAsync(progress.State with { Recorded = true }, cancellationToken);
        }
    }

    private async Task<ThreadAnswer> AnswerAsync(string planId, string question, CancellationToken cancellationToken)
    {
        var latest = await context.Plans.GetLatestVersionAsync(planId, cancellationToken);
        if (latest is null)
        {
            return new ThreadAnswer(StillDrafting, Answered: false);
        }

        var history = await context.Plans.GetThreadHistoryAsync(planId, HistoryLength, cancellationToken);
        return await assistant.AnswerAsync(new PlanQuestion(latest.Request, latest.Plan, history, question), cancellationToken);
    }
}

internal sealed record AnswerState
{
    public string? Answer { get; init; }

    public bool Answered { get; init; }

    public bool Replied { get; init; }

    public bool Recorded { get; init; }
}
