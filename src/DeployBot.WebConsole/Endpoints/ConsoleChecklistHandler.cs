using DeployBot.Core.Conversations;
using DeployBot.WebConsole.Feed;
using Microsoft.AspNetCore.Http;

namespace DeployBot.WebConsole.Endpoints;

/// <summary>A checkbox of the posted plan's Deployment Steps, ticked or unticked on the page.</summary>
internal static class ConsoleChecklistHandler
{
    private const string Example = """{"version":1,"done":true}""";

    public static async Task<IResult> TickAsync(
        string planId, int step, HttpContext http, IConversationEngine engine, ConsoleFeed feed, ConsoleIdentity identity, ConsoleReplyPresenter presenter)
    {
        var read = await ConsoleJson.ReadBodyAsync<StepBody>(http.Request, Example, http.RequestAborted);
        if (read.Body is not { } body)
        {
            return read.Problem!;
        }

        if (body is not { Version: > 0 and var version, Done: { } done })
        {
            return ConsoleJson.Problem(400, "Which version, ticked or not?", $"Send the plan version shown and whether the step is done, for example {Example}.");
        }

        var channel = feed.ChangesSince(0).Messages.LastOrDefault(m => m.Plan?.PlanId == planId && m.ThreadId is null)?.Channel ?? identity.DefaultChannel;
        var ticked = new StepsTicked(planId, version, [new StepChange(step, done)], identity.RequesterIn(channel), "console:" + Guid.NewGuid().ToString("N"));
        var reply = await engine.TickStepsAsync(ticked, http.RequestAborted);
        return ConsoleJson.Ok(presenter.Present(reply, channel));
    }
}
