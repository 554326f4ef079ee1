using System.Net;
using DeployBot.Core.Conversations;
using DeployBot.WebConsole.Feed;
using DeployBot.WebConsole.Tests.Infrastructure;
using NSubstitute;

namespace DeployBot.WebConsole.Tests.Endpoints;

public sealed class ConsoleChecklistEndpointTests
{
    [Fact]
    public async Task TickStep_VersionAndDone_TicksThatStepAsTheConsoleUser()
    {
        await using var server = await ConsoleTestServer.StartAsync(new Dictionary<string, string?> { ["Console:UserName"] = "Robin" });
        server.Engine.TickStepsAsync(Arg.Any<StepsTicked>(), Arg.Any<CancellationToken>()).Returns(new Accepted("plan-5", "Step 3 ticked off; 1/4 steps done."));

        using var response = await server.Client.PostJsonAsync("/console/plans/plan-5/steps/3", new { version = 2, done = true });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await server.Engine.Received(1).TickStepsAsync(
            Arg.Is<StepsTicked>(t => t.PlanId == "plan-5" && t.Version == 2 && t.Changes.SequenceEqual(new[] { new StepChange(3, true) })
                && t.Presser.Platform == Platforms.Console && t.Presser.UserName == "Robin"),
            Arg.Any<CancellationToken>());
        Assert.Equal("Step 3 ticked off; 1/4 steps done.", Assert.Single(server.Feed.ChangesSince(0).Messages, m => m.Kind == FeedMessageKind.Notice).Text);
    }

    [Theory]
    [InlineData("""{"done":true}""")]
    [InlineData("""{"version":0,"done":true}""")]
    [InlineData("""{"version":1}""")]
    public async Task TickStep_WithoutAVersionOrDone_Is400WithAnExample(string body)
    {
        await using var server = await ConsoleTestServer.StartAsync();

        using var response = await server.Client.PostRawAsync("/console/plans/plan-5/steps/1", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("the plan version shown and whether the step is done", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        await server.Engine.DidNotReceive().TickStepsAsync(Arg.Any<StepsTicked>(), Arg.Any<CancellationToken>());
    }
}
