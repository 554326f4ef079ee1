using DeployBot.Core.Plans;
using DeployBot.Host.Tests.Reliability.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DeployBot.Host.Tests.Playground;

/// <summary>
/// Issue 16, a real Teams client: Microsoft 365 Agents Playground (its own web page in Chromium, its own Bot
/// Connector-like API) against the real host in emulator mode. What is asserted is what a person sees on that page.
/// </summary>
[Collection(ProcessTestsCollection.Name)]
public sealed class AgentsPlaygroundTests(AgentsPlaygroundFixture fixture) : IClassFixture<AgentsPlaygroundFixture>
{
    private const string Env = AgentsPlaygroundFixture.Environment;

    static AgentsPlaygroundTests() => SetDefaultExpectTimeout(45_000);

    [Fact]
    public async Task CommandInPersonalChat_PostsThePlanAsACardInTheReleaseChannel()
    {
        var page = await fixture.OpenAsync();
        var notes = $"Raise the checkout API rate limit ({PlaygroundPage.Marker()})";
        await RunAsync(page, nameof(CommandInPersonalChat_PostsThePlanAsACardInTheReleaseChannel), async () =>
        {
            await Expect(page.Message("Hi, I'm DeployBot")).ToBeVisibleAsync();
            var usage = page.Locator("code").Filter(new() { HasText = "deploy-plan NOTES=" }).First;
            await Expect(usage).ToContainTextAsync("ENVIRONMENT=");
            await Expect(usage).Not.ToContainTextAsync("&lt;"); // issue 16: a placeholder like <env> was shown escaped

            await page.SendAsync($"deploy-plan NOTES=\"{notes}\" ENVIRONMENT={Env}");

            await Expect(page.Message($"Your {Env} plan is ready in the release channel")).ToBeVisibleAsync();
            await Expect(page.Card(notes)).ToHaveCountAsync(0); // the plan itself is not in the personal chat
            await page.OpenAsync(fixture.ReleaseChannel.Name);
            await ExpectPlanAsync(page.Card(notes));
        });
    }

    [Fact]
    public async Task CommandWithoutEnvironment_AsksWithAForm_ThenTheChosenEnvironmentsPlanIsPosted()
    {
        var page = await fixture.OpenAsync();
        var notes = $"Rotate the session signing keys ({PlaygroundPage.Marker()})";
        await RunAsync(page, nameof(CommandWithoutEnvironment_AsksWithAForm_ThenTheChosenEnvironmentsPlanIsPosted), async () =>
        {
            await Expect(page.Message("Hi, I'm DeployBot")).ToBeVisibleAsync();

            await page.SendAsync($"deploy-plan NOTES=\"{notes}\"");

            var form = page.FormCard();
            await Expect(form.GetByRole(AriaRole.Textbox, new() { Name = "Release notes" })).ToHaveValueAsync(notes);
            await form.ChooseAsync("Environment", Env);
            await form.GetByRole(AriaRole.Button, new() { Name = "Write the plan" }).ClickAsync();

            await Expect(page.Card($"Drafting the {Env} plan")).ToBeVisibleAsync();
            await Expect(page.FormCard()).ToHaveCountAsync(0);
            await Expect(page.Message($"Your {Env} plan is ready in the release channel")).ToBeVisibleAsync();
            await page.OpenAsync(fixture.ReleaseChannel.Name);
            await ExpectPlanAsync(page.Card(notes));
        });
    }

    /// <summary>The plan card as posted in the release channel: title, who asked, the notes, every section, its buttons.</summary>
    private async Task ExpectPlanAsync(ILocator plan)
    {
        await Expect(plan).ToBeVisibleAsync();
        await Expect(plan.GetByText($"Deployment plan: {Env} (version 1)", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(plan.GetByText(PlanSections.OfflineNotice, new() { Exact = true })).ToBeVisibleAsync();
        await Expect(plan.GetByText($"Requested by {fixture.CurrentUser}", new() { Exact = true })).ToBeVisibleAsync();
        foreach (var section in PlanSections.InOrder)
        {
            await Expect(plan.GetByText(section, new() { Exact = true })).ToBeVisibleAsync();
        }

        foreach (var button in new[] { "Regenerate", "Acknowledge" })
        {
            await Expect(plan.GetByRole(AriaRole.Button, new() { Name = button })).ToBeEnabledAsync();
        }
    }

    /// <summary>Runs the steps; a failure carries a screenshot, the Playground's log and the host's output.</summary>
    private async Task RunAsync(IPage page, string name, Func<Task> steps)
    {
        try
        {
            await steps();
        }
        catch (Exception failure) when (failure is PlaywrightException or TimeoutException)
        {
            throw new InvalidOperationException($"{failure.Message}{System.Environment.NewLine}{await fixture.DescribeAsync(page, name)}", failure);
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
