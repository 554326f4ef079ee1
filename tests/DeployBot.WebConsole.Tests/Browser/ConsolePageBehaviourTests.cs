using DeployBot.Core.Conversations;
using DeployBot.WebConsole.Tests.Infrastructure;
using Microsoft.Playwright;
using NSubstitute;
using static Microsoft.Playwright.Assertions;

namespace DeployBot.WebConsole.Tests.Browser;

/// <summary>
/// The page against the console alone, with the test playing the engine and the worker: each step (drafting, plan,
/// refusal) happens exactly when the test says, so what the page shows in between can be checked without races.
/// </summary>
[Collection(ConsoleBrowserCollection.Name)]
public sealed class ConsolePageBehaviourTests(ConsoleBrowserFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Drafting_ThenPublished_ThePlanReplacesThePlaceholderInPlace()
    {
        await using var server = await ConsoleTestServer.StartAsync();
        var page = await fixture.OpenConsoleAtAsync(server.BaseAddress);

        var drafting = await server.Platform.PostDraftingAsync(SamplePlans.Delivery(null), Ct);

        var message = page.Locator($"#messages article[data-id='{drafting.MessageId}']");
        await Expect(message).ToHaveAttributeAsync("data-kind", "drafting");
        await Expect(message).ToHaveAttributeAsync("aria-busy", "true");
        await Expect(message).ToContainTextAsync("Drafting the production deployment plan");

        await server.Platform.PublishPlanAsync(SamplePlans.Delivery(SamplePlans.Plan()), drafting, Ct);

        await Expect(message).ToHaveAttributeAsync("data-kind", "plan");
        await Expect(message.Locator(".mention")).ToHaveTextAsync("@Production On-Call");
        await Expect(page.Locator("#messages article")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Contrast_PlanAlertsNoticesAndTheForm_AllTextAtLeast4Point5To1()
    {
        await using var server = await ConsoleTestServer.StartAsync();
        server.Engine.StartAsync(Arg.Any<StartRequest>(), Arg.Any<CancellationToken>()).Returns(new AskForParameters(new ParameterForm(
            "form-1", "Deployment plan", [
                new FormField(Core.Requests.RequestField.Notes, "Release notes", FormFieldKind.MultilineText, true, null, "Release notes are required.", [], 4000, "What ships"),
                new FormField(Core.Requests.RequestField.Environment, "Environment", FormFieldKind.Choice, true, null, null, [new FormChoice("staging", "staging")], 100, null),
            ], "Fill in what's missing.")));
        var page = await fixture.OpenConsoleAtAsync(server.BaseAddress);
        var drafting = await server.Platform.PostDraftingAsync(SamplePlans.Delivery(null), Ct);
        await server.Platform.PublishPlanAsync(SamplePlans.Delivery(SamplePlans.Plan(planner: new Core.Plans.PlannerInfo("offline", "gpt-x", 3, "The model timed out."))), drafting, Ct);
        await server.Platform.PostDraftingAsync(SamplePlans.Delivery(null, "plan-2"), Ct);
        await page.SendAsync("/deploy-nothing");
        await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Expect(page.Locator("#messages .mention")).ToBeVisibleAsync();

        var channelProblems = await page.FindLowContrastTextAsync();
        await page.SendAsync("/deploy-plan");
        await Expect(page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
        var formProblems = await page.FindLowContrastTextAsync();

        Assert.Empty(channelProblems);
        Assert.Empty(formProblems);
    }

    [Fact]
    public async Task Refused_ByTheEngine_IsAnnouncedAsAnAlert()
    {
        await using var server = await ConsoleTestServer.StartAsync();
        server.Engine.StartAsync(Arg.Any<StartRequest>(), Arg.Any<CancellationToken>())
            .Returns(new Refused("You may not ask for production plans from this channel."));
        var page = await fixture.OpenConsoleAtAsync(server.BaseAddress);

        await page.SendAsync("/deploy-plan NOTES=x ENVIRONMENT=production");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("You may not ask for production plans from this channel.");
        await Expect(page.GetByLabel("Message #releases")).ToBeEmptyAsync();
    }

    [Fact]
    public async Task Composer_ShiftEnter_AddsALineInsteadOfSending()
    {
        await using var server = await ConsoleTestServer.StartAsync();
        var page = await fixture.OpenConsoleAtAsync(server.BaseAddress);
        var composer = page.GetByLabel("Message #releases");

        await composer.FillAsync("/deploy-plan NOTES=\"first line");
        await composer.PressAsync("Shift+Enter");
        await composer.PressSequentiallyAsync("second line\"");

        await Expect(composer).ToHaveValueAsync("/deploy-plan NOTES=\"first line\nsecond line\"");
        await server.Engine.DidNotReceiveWithAnyArgs().StartAsync(default!, Ct);
    }

    [Fact]
    public async Task Host_Unreachable_TheFailureIsShownNotSwallowed()
    {
        var server = await ConsoleTestServer.StartAsync();
        var page = await fixture.OpenConsoleAtAsync(server.BaseAddress);
        await server.DisposeAsync();

        await page.SendAsync("/deploy-plan NOTES=x ENVIRONMENT=staging");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("could not be reached");
        await Expect(page.Locator("#connection")).Not.ToHaveTextAsync("Live");
    }
}
