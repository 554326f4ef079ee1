using DeployBot.Core.Conversations;
using DeployBot.Core.Requests;
using DeployBot.Core.Tests.TestDoubles;
using DeployBot.Core.Windows;

namespace DeployBot.Core.Tests.Conversations;

/// <summary>A WINDOW that cannot be read, or is already over, is asked about again, never silently planned around.</summary>
public sealed class WindowConversationTests
{
    // The harness clock: Friday 14 March 2025, 14:22 UTC.
    private const string Past = "2025-03-14 10:00-11:00 UTC";
    private const string PastMessage = $"WINDOW \"{Past}\" ended at Fri 14 Mar 11:00 UTC; give a window that is still ahead.";

    [Fact]
    public async Task StartAsync_UnreadableWindow_AsksAgainOnTheFormWithTheHintAndKeepsWhatWasTyped()
    {
        await using var bot = new EngineHarness();

        var reply = await bot.StartAsync("NOTES=\"Bump deps\" ENVIRONMENT=staging WINDOW=\"after the standup\"");

        var form = Assert.IsType<AskForParameters>(reply).Form;
        Assert.Equal($"Can't read WINDOW \"after the standup\" as a time; {WindowReader.FormatHint}.", form[RequestField.Window].Error);
        Assert.Equal("after the standup", form[RequestField.Window].Value);
        Assert.Equal("Bump deps", form[RequestField.Notes].Value);
        Assert.Null(form[RequestField.Notes].Error);
        Assert.Empty(bot.World.Queue.Jobs);
    }

    [Fact]
    public async Task StartAsync_UnreadableWindowThenFixedOnTheForm_PostsThePlan()
    {
        await using var bot = new EngineHarness();
        var form = Assert.IsType<AskForParameters>(await bot.StartAsync("NOTES=\"Bump deps\" ENVIRONMENT=staging WINDOW=tonight")).Form;

        var reply = await bot.SubmitAsync(form.FormId, new() { [RequestField.Window] = "tonight 22:00-23:00 UTC" });
        await bot.DrainAsync();

        Assert.IsType<Accepted>(reply);
        Assert.Equal("tonight 22:00-23:00 UTC", Assert.Single(bot.World.Slack.Publications).Delivery!.Plan!.Context.Window);
    }

    [Fact]
    public async Task StartAsync_WindowAlreadyOver_AsksForOneStillAhead()
    {
        await using var bot = new EngineHarness();

        var reply = await bot.StartAsync($"NOTES=x ENVIRONMENT=staging WINDOW=\"{Past}\"");

        Assert.Equal(PastMessage, Assert.IsType<AskForParameters>(reply).Form[RequestField.Window].Error);
    }

    [Fact]
    public async Task StartAsync_UnreadableWindowAndUnknownKey_RefusesNamingBoth()
    {
        await using var bot = new EngineHarness();

        var reply = await bot.StartAsync("NOTES=x ENVIRONMENT=staging WINDOW=whenever COLOR=red");

        var message = Assert.IsType<Refused>(reply).Message;
        Assert.Contains("COLOR", message, StringComparison.Ordinal);
        Assert.Contains("Can't read WINDOW \"whenever\"", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sat 22:00-23:00 CET")]
    [InlineData("9-10pm PT")]
    [InlineData("now until 03:00 UTC")]
    [InlineData("2h")]
    [InlineData("Sat 22:00-23:00")]
    [InlineData("2025-03-14 14:00-15:00 UTC")]
    public async Task StartAsync_ReadableWindowStillAhead_IsAccepted(string window)
    {
        await using var bot = new EngineHarness();

        var reply = await bot.StartAsync($"NOTES=x ENVIRONMENT=staging WINDOW=\"{window}\"");

        Assert.IsType<Accepted>(reply);
    }

    [Theory]
    [InlineData("whenever suits", "Can't read WINDOW \"whenever suits\" as a time; " + WindowReader.FormatHint + ".")]
    [InlineData(Past, PastMessage)]
    public async Task SubmitFormAsync_WindowThatCannotBeUsed_MarksTheWindowField(string window, string error)
    {
        await using var bot = new EngineHarness();
        var form = Assert.IsType<AskForParameters>(await bot.StartAsync("ENVIRONMENT=production")).Form;

        var reply = await bot.SubmitAsync(form.FormId, new() { [RequestField.Notes] = "Rotate keys", [RequestField.Window] = window });

        var again = Assert.IsType<AskForParameters>(reply).Form;
        Assert.Equal(error, again[RequestField.Window].Error);
        Assert.Equal(EngineText.FixFields, again.Message);
        Assert.Empty(bot.World.Queue.Jobs);
    }

    [Theory]
    [InlineData("WINDOW=\"next week sometime\"", "Can't read WINDOW \"next week sometime\" as a time; " + WindowReader.FormatHint + ".")]
    [InlineData($"WINDOW=\"{Past}\"", PastMessage)]
    public async Task HandleThreadMessageAsync_WindowThatCannotBeUsed_AsksAgainInTheThread(string text, string message)
    {
        await using var bot = new EngineHarness();
        var planId = await bot.PostPlanAsync("NOTES=x ENVIRONMENT=production WINDOW=\"Sat 22:00-23:00 UTC\"");

        var reply = await bot.SayInThreadAsync(bot.ThreadOf(planId), text, "Ev-w1");

        Assert.Equal(message, Assert.IsType<Refused>(reply).Message);
        Assert.Single(bot.World.Queue.Jobs);
    }
}
