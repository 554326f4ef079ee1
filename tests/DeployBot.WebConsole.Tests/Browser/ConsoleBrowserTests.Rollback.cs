using DeployBot.Core.Plans.Rollbacks;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DeployBot.WebConsole.Tests.Browser;

public sealed partial class ConsoleBrowserTests
{
    [Fact]
    public async Task RollbackPlanButton_OnAProductionPlan_IsHighlightedAndPostsTheSixSectionsInThePlansThread()
    {
        var page = await fixture.OpenConsoleAsync();
        var notes = $"Drop the legacy users.password_md5 column ({ConsolePage.Marker()})";
        await page.SendAsync($"/deploy-plan NOTES=\"{notes}\" ENVIRONMENT=production WINDOW=\"Sat 01:00-05:00 UTC\" FLAG=login-v2");
        var plan = page.ChannelPlan(notes);
        var button = plan.GetByRole(AriaRole.Button, new() { Name = "Rollback plan" });
        await Expect(button).ToHaveClassAsync("button danger");

        await button.ClickAsync();
        await plan.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Reply in thread") }).ClickAsync();

        var rollback = page.Thread().Locator("article[data-kind=rollback]");
        await Expect(rollback.Locator("h3")).ToHaveTextAsync("Rollback plan · production · version 1");
        await Expect(rollback.Locator("h4")).ToHaveTextAsync(RollbackSections.InOrder.ToArray());
        await Expect(rollback.Locator("ol > li").Nth(1)).ToContainTextAsync("Turn login-v2 off for everyone");
        await Expect(rollback.Locator("ol > li").Filter(new() { HasText = "users.password_md5" })).Not.ToHaveCountAsync(0);
        await Expect(rollback.Locator(".offline")).ToContainTextAsync("offline planner");
    }
}
