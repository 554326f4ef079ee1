using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DeployBot.WebConsole.Tests.Browser;

public sealed partial class ConsoleBrowserTests
{
    [Fact]
    public async Task Checklist_TickAndUntickAStep_ThePlanShowsWhoAndTheProgressInPlace()
    {
        var page = await fixture.OpenConsoleAsync();
        var notes = $"Move the session store to the new cache cluster ({ConsolePage.Marker()})";
        await page.SendAsync($"/deploy-plan NOTES=\"{notes}\" ENVIRONMENT=staging");
        var plan = page.ChannelPlan(notes);
        var boxes = plan.GetByRole(AriaRole.Checkbox);
        await Expect(boxes.First).ToBeVisibleAsync();
        var steps = await boxes.CountAsync();
        await Expect(plan.Locator(".checklist")).ToHaveTextAsync($"Checklist: 0/{steps} steps done.");

        await plan.GetByRole(AriaRole.Checkbox, new() { Name = "Step 2 done" }).ClickAsync();

        await Expect(plan.Locator(".checklist")).ToHaveTextAsync($"Checklist: 1/{steps} steps done.");
        await Expect(plan.Locator("ol > li").Nth(1).Locator(".step-done")).ToContainTextAsync("Done by Robin Release at");
        await Expect(plan.GetByRole(AriaRole.Checkbox, new() { Name = "Step 2 done" })).ToBeCheckedAsync();

        await plan.GetByRole(AriaRole.Checkbox, new() { Name = "Step 2 done" }).ClickAsync();

        await Expect(plan.Locator(".checklist")).ToHaveTextAsync($"Checklist: 0/{steps} steps done.");
        await Expect(plan.GetByRole(AriaRole.Checkbox, new() { Name = "Step 2 done" })).Not.ToBeCheckedAsync();
    }
}
