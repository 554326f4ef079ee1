using System.Text.RegularExpressions;
using DeployBot.Core.Plans;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DeployBot.WebConsole.Tests.Browser;

/// <summary>The whole flow in Debian's Chromium against the real host: engine, worker, storage, offline planner.</summary>
[Collection(ConsoleBrowserCollection.Name)]
public sealed partial class ConsoleBrowserTests(ConsoleBrowserFixture fixture)
{
    static ConsoleBrowserTests() => SetDefaultExpectTimeout(20_000);

    [Fact]
    public async Task Command_WithEverything_ShowsThePlanWithTheOnCallMentionAndButtons()
    {
        var page = await fixture.OpenConsoleAsync(1280, 1900);
        const string notes = "Add the orders.status column and backfill it"; // only this test uses these notes

        await page.SendAsync($"/deploy-plan NOTES=\"{notes}\" ENVIRONMENT=production WINDOW=\"Sat 01:00-05:00 UTC\"");

        var plan = page.ChannelPlan(notes);
        await Expect(plan).ToBeVisibleAsync();
        await Expect(plan.Locator(".mention")).ToHaveTextAsync("@Production On-Call");
        await Expect(plan.Locator("h4")).ToHaveTextAsync(PlanSections.InOrder.ToArray());
        await Expect(plan.Locator("ol > li").First).ToContainTextAsync(StepMark());
        await Expect(plan.Locator(".offline")).ToHaveTextAsync(PlanSections.OfflineNotice);
        await Expect(plan.GetByRole(AriaRole.Button, new() { Name = "Regenerate" })).ToBeEnabledAsync();
        await Expect(plan.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" })).ToBeEnabledAsync();
        await Expect(page.Locator("#messages article[data-kind=drafting]")).ToHaveCountAsync(0);
        await plan.EvaluateAsync("plan => plan.scrollIntoView({ block: 'start' })");
        await page.SaveScreenshotAsync("console-plan.png");
    }

    [Fact]
    public async Task Regenerate_OnAPostedPlan_ReplacesItWithTheNextVersionInPlace()
    {
        var page = await fixture.OpenConsoleAsync();
        var notes = $"Upgrade the search cluster to the next minor version ({ConsolePage.Marker()})";
        await page.SendAsync($"/deploy-plan NOTES=\"{notes}\" ENVIRONMENT=staging");
        var plan = page.ChannelPlan(notes);
        await Expect(plan.Locator("h3")).ToContainTextAsync("version 1");
        var id = await plan.GetAttributeAsync("data-id");

        await plan.GetByRole(AriaRole.Button, new() { Name = "Regenerate" }).ClickAsync();

        await Expect(page.Locator($"#messages article[data-id='{id}'] h3")).ToContainTextAsync("version 2");
        await Expect(page.ChannelPlan(notes)).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Acknowledge_OnAPostedPlan_ShowsWhoAcknowledgedInPlace()
    {
        var page = await fixture.OpenConsoleAsync();
        var notes = $"Raise the checkout API rate limit ({ConsolePage.Marker()})";
        await page.SendAsync($"/deploy-plan NOTES=\"{notes}\" ENVIRONMENT=staging");
        var plan = page.ChannelPlan(notes);
        var acknowledge = plan.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" });

        await acknowledge.ClickAsync();

        await Expect(plan.Locator(".acknowledged")).ToContainTextAsync("Acknowledged by Robin Release");
        await Expect(plan.GetByRole(AriaRole.Button, new() { Name = "Acknowledged" })).ToBeDisabledAsync();
    }

    [Fact]
    public async Task Command_MissingTheEnvironment_OpensTheFormThatShowsFieldErrorsUntilFixed()
    {
        var page = await fixture.OpenConsoleAsync();
        var notes = $"Rotate the payment provider API keys ({ConsolePage.Marker()})";
        await page.SendAsync($"/deploy-plan NOTES=\"{notes}\"");
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Deployment plan" });
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.GetByLabel("Release notes")).ToHaveValueAsync(notes);
        await Expect(dialog.GetByLabel("Environment")).ToBeFocusedAsync();

        await dialog.GetByLabel("Release notes").FillAsync(string.Empty);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Draft plan" }).ClickAsync();

        var environment = dialog.GetByLabel("Environment");
        await Expect(environment).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(environment).ToHaveAttributeAsync("aria-describedby", new Regex("field-environment-error"));
        await Expect(dialog.Locator("#field-environment-error")).Not.ToBeEmptyAsync();
        await Expect(dialog.Locator("#field-notes-error")).Not.ToBeEmptyAsync();
        await Expect(dialog.GetByLabel("Release notes")).ToBeFocusedAsync();

        await dialog.GetByLabel("Release notes").FillAsync(notes);
        await environment.SelectOptionAsync("production");
        await dialog.GetByLabel("Maintenance window").FillAsync("Sun 01:00-03:00 UTC");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Draft plan" }).ClickAsync();

        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page.GetByLabel("Message #releases")).ToBeFocusedAsync();
        var plan = page.ChannelPlan(notes);
        await Expect(plan).ToBeVisibleAsync();
        await Expect(plan.Locator(".mention")).ToHaveTextAsync("@Production On-Call");
    }

    [Fact]
    public async Task Thread_QuestionAndRevision_AreAnsweredInTheThread()
    {
        var page = await fixture.OpenConsoleAsync();
        var notes = $"Switch checkout to the new payment gateway ({ConsolePage.Marker()})";
        await page.SendAsync($"/deploy-plan NOTES=\"{notes}\" ENVIRONMENT=staging");
        var plan = page.ChannelPlan(notes);
        await plan.GetByRole(AriaRole.Button, new() { Name = "Reply in thread" }).ClickAsync();
        var thread = page.Thread();
        await Expect(thread).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Reply in thread")).ToBeFocusedAsync();

        await page.GetByLabel("Reply in thread").FillAsync("How do we roll back if the gateway fails?");
        await page.GetByLabel("Reply in thread").PressAsync("Enter");

        await Expect(thread.Locator("article[data-kind=user]")).ToContainTextAsync("How do we roll back if the gateway fails?");
        await Expect(thread.Locator("article[data-kind=bot]").First).Not.ToBeEmptyAsync();

        await page.GetByLabel("Reply in thread").FillAsync("WINDOW=\"Sun 01:00-03:00 UTC\"");
        await page.GetByLabel("Reply in thread").PressAsync("Enter");

        var revision = thread.Locator("article[data-kind=plan]");
        await Expect(revision).ToContainTextAsync("Sun 01:00-03:00 UTC");
        await Expect(revision.Locator("h3")).ToContainTextAsync("version 2");
        await Expect(plan.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"Reply in thread \(\d+ replies\)") })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Close thread" }).ClickAsync();
        await Expect(thread).ToBeHiddenAsync();
        await Expect(plan.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Reply in thread") })).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Command_NotesWithMarkup_AreShownAsTextNeverRun()
    {
        var page = await fixture.OpenConsoleAsync();
        var marker = ConsolePage.Marker();
        var notes = $"<script>window.pwned=1</script><img src=x onerror=window.pwned=2> ({marker})";

        await page.SendAsync($"/deploy-plan NOTES=\"{notes}\" ENVIRONMENT=staging");

        var plan = page.ChannelPlan(marker);
        await Expect(plan.Locator(".context dd").First).ToHaveTextAsync(notes);
        await Expect(page.Locator("#messages article[data-kind=user]").Filter(new() { HasText = marker })).ToContainTextAsync("<img src=x");
        Assert.Equal(0, await page.Locator("#messages img, #messages script").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.pwned"));
    }

    [Fact]
    public async Task Composer_UnknownCommand_ShowsAnAlertInTheChannel()
    {
        var page = await fixture.OpenConsoleAsync();
        var marker = ConsolePage.Marker();

        await page.SendAsync($"/deploy{marker} NOTES=x");

        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = $"/deploy{marker}" })).ToContainTextAsync("/deploy-plan");
    }

    [Fact]
    public async Task Form_Escape_ClosesTheDialogAndReturnsFocusToTheComposer()
    {
        var page = await fixture.OpenConsoleAsync();
        await page.SendAsync("/deploy-plan");
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Deployment plan" });
        await Expect(dialog).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Escape");

        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page.GetByLabel("Message #releases")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Plan_OnAPhoneWidth_FitsWithoutSidewaysScrolling()
    {
        var page = await fixture.OpenConsoleAsync(390, 844);
        var notes = $"Migrate the sessions table to the new cluster ({ConsolePage.Marker()})";

        await page.SendAsync($"/deploy-plan NOTES=\"{notes}\" ENVIRONMENT=production WINDOW=\"Sat 02:00-04:00 UTC\"");

        var plan = page.ChannelPlan(notes);
        await Expect(plan.Locator(".mention")).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 390);
        var box = await plan.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= 390, $"The plan spans {box.X}..{box.X + box.Width} on a 390px screen.");
        await page.SaveScreenshotAsync("console-plan-phone.png", copyToDocs: false);
    }

    [GeneratedRegex("^(Manual|Automated)")]
    private static partial Regex StepMark();
}
