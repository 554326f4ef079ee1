using DeployBot.Core.Conversations;
using DeployBot.Core.Requests;
using DeployBot.Core.Storage;
using DeployBot.Core.Tests.TestDoubles;

namespace DeployBot.Core.Tests.Conversations;

public sealed class RequestConversationTests
{
    [Fact]
    public async Task StartAsync_CompleteRequest_PostsDraftingThenReplacesItWithThePlanOnce()
    {
        await using var bot = new EngineHarness();

        var reply = await bot.StartAsync("NOTES=\"Add index to orders\" ENVIRONMENT=staging FLAG=orders-index");
        await bot.DrainAsync();

        var accepted = Assert.IsType<Accepted>(reply);
        Assert.Equal($"Drafting the staging plan — it will appear in <#{TestEnvironments.StagingChannel}>.", accepted.Message);
        var drafting = Assert.Single(bot.World.Slack.Drafts);
        var published = Assert.Single(bot.World.Slack.Publications);
        Assert.Equal(drafting.Message, published.Replaced);
        Assert.Equal(TestEnvironments.StagingChannel, published.Message!.ChannelId);
        Assert.Equal("U-STG", published.Delivery!.OnCall.MentionId);
        Assert.Equal(1, published.Delivery.Version);
        Assert.Equal("orders-index", published.Delivery.Plan!.Context.Flag);
        Assert.Equal(accepted.PlanId, published.Delivery.PlanId);
    }

    [Fact]
    public async Task StartAsync_CompleteRequest_TellsTheRequesterWhereThePlanIsAndAuditsIt()
    {
        await using var bot = new EngineHarness();

        var planId = await bot.PostPlanAsync("NOTES=\"Add index\" ENVIRONMENT=staging");

        var note = Assert.Single(bot.World.Slack.Notes);
        Assert.Equal(EngineHarness.Alice, note.Requester);
        Assert.Contains($"<#{TestEnvironments.StagingChannel}>", note.Text, StringComparison.Ordinal);
        Assert.Contains("https://chat.example/", note.Text, StringComparison.Ordinal);
        var audit = await bot.World.Audit.GetForPlanAsync(planId, EngineHarness.Token);
        Assert.Equal(["requested", "planned", "posted"], audit.Select(entry => entry.Event));
        Assert.Contains("static configuration", audit[2].Details, StringComparison.Ordinal);
        Assert.Equal(JobStatus.Done, bot.World.Queue.Jobs.Single().Status);
    }

    [Fact]
    public async Task StartAsync_MissingParameters_AsksWithAFormPrefilledWithWhatWasTyped()
    {
        await using var bot = new EngineHarness();

        var reply = await bot.StartAsync("ENVIRONMENT=prod FLAG=checkout-v2");

        var form = Assert.IsType<AskForParameters>(reply).Form;
        Assert.False(form.HasErrors);
        Assert.Null(form[RequestField.Notes].Value);
        Assert.True(form[RequestField.Notes].Required);
        Assert.Equal("production", form[RequestField.Environment].Value);
        Assert.Contains(new FormChoice("production", "production (high risk)"), form[RequestField.Environment].Choices);
        Assert.True(form[RequestField.Window].Required);
        Assert.Equal("checkout-v2", form[RequestField.Flag].Value);
        Assert.Empty(bot.World.Queue.Jobs);
    }

    [Fact]
    public async Task SubmitFormAsync_InvalidThenValid_ShowsPerFieldErrorsThenPostsThePlan()
    {
        await using var bot = new EngineHarness();
        var form = Assert.IsType<AskForParameters>(await bot.StartAsync("ENVIRONMENT=production")).Form;

        var invalid = await bot.SubmitAsync(form.FormId, new() { [RequestField.Notes] = "  ", [RequestField.Window] = "" });
        var errors = Assert.IsType<AskForParameters>(invalid).Form;
        var valid = await bot.SubmitAsync(form.FormId, new()
        {
            [RequestField.Notes] = "Rotate auth keys",
            [RequestField.Environment] = "production",
            [RequestField.Window] = "Sat 22:00-23:00 UTC",
        });
        await bot.DrainAsync();

        Assert.Equal(form.FormId, errors.FormId);
        Assert.NotNull(errors[RequestField.Notes].Error);
        Assert.Contains("maintenance window", errors[RequestField.Window].Error, StringComparison.Ordinal);
        Assert.Null(errors[RequestField.Environment].Error);
        Assert.Equal("production", errors[RequestField.Environment].Value);
        Assert.IsType<Accepted>(valid);
        var published = Assert.Single(bot.World.Slack.Publications);
        Assert.Equal("Sat 22:00-23:00 UTC", published.Delivery!.Plan!.Context.Window);
        Assert.Equal("U-ONCALL", published.Delivery.OnCall.MentionId);
    }

    [Fact]
    public async Task SubmitFormAsync_UnknownEnvironmentAndTooLongNotes_NamesEachField()
    {
        await using var bot = new EngineHarness();
        var form = Assert.IsType<AskForParameters>(await bot.StartAsync("")).Form;

        var reply = await bot.SubmitAsync(form.FormId, new()
        {
            [RequestField.Notes] = new string('x', RequestLimits.MaxNotesLength + 1),
            [RequestField.Environment] = "moon",
        });

        var errors = Assert.IsType<AskForParameters>(reply).Form;
        Assert.Contains("4000", errors[RequestField.Notes].Error, StringComparison.Ordinal);
        Assert.Contains("staging", errors[RequestField.Environment].Error, StringComparison.Ordinal);
        Assert.Null(errors[RequestField.Window].Error);
    }

    [Fact]
    public async Task SubmitFormAsync_SubmittedTwice_SecondIsIgnoredAndOnePlanIsPosted()
    {
        await using var bot = new EngineHarness();
        var form = Assert.IsType<AskForParameters>(await bot.StartAsync("ENVIRONMENT=staging")).Form;
        var values = new Dictionary<RequestField, string?> { [RequestField.Notes] = "Bump deps" };

        var first = await bot.SubmitAsync(form.FormId, values);
        var second = await bot.SubmitAsync(form.FormId, values);
        await bot.DrainAsync();

        Assert.IsType<Accepted>(first);
        Assert.IsNotType<Accepted>(second);
        Assert.Single(bot.World.Slack.Publications);
    }

    [Fact]
    public async Task SubmitFormAsync_UnknownForm_SaysItExpired()
    {
        await using var bot = new EngineHarness();

        var reply = await bot.SubmitAsync("f-nope", new() { [RequestField.Notes] = "x" });

        Assert.Equal(EngineText.FormExpired, Assert.IsType<Refused>(reply).Message);
    }

    [Fact]
    public async Task SubmitFormAsync_FormOlderThanADay_SaysItExpired()
    {
        await using var bot = new EngineHarness();
        var form = Assert.IsType<AskForParameters>(await bot.StartAsync("ENVIRONMENT=staging")).Form;
        bot.World.Time.Advance(TimeSpan.FromHours(25));

        var reply = await bot.SubmitAsync(form.FormId, new() { [RequestField.Notes] = "x" });

        Assert.Contains("/deploy-plan again", Assert.IsType<Refused>(reply).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_UnknownKeyAndUnknownEnvironment_RefusesOnceNamingBothAndTheUsage()
    {
        await using var bot = new EngineHarness();

        var reply = await bot.StartAsync("NOTES=x ENVIRONMENT=moon COLOR=red");

        var message = Assert.IsType<Refused>(reply).Message;
        Assert.Contains("COLOR", message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("moon", message, StringComparison.Ordinal);
        Assert.Contains("production (alias prod)", message, StringComparison.Ordinal);
        Assert.Contains("Usage: /deploy-plan", message, StringComparison.Ordinal);
        Assert.Empty(bot.World.Queue.Jobs);
    }

    [Fact]
    public async Task StartAsync_SameDeliveryTwice_SecondIsIgnoredAndOnePlanIsPosted()
    {
        await using var bot = new EngineHarness();

        var first = await bot.StartAsync("NOTES=x ENVIRONMENT=staging", deliveryId: "Ev1");
        var second = await bot.StartAsync("NOTES=x ENVIRONMENT=staging", deliveryId: "Ev1");
        await bot.DrainAsync();

        Assert.IsType<Accepted>(first);
        Assert.IsType<Ignored>(second);
        Assert.Single(bot.World.Slack.Drafts);
        Assert.Single(bot.World.Slack.Publications);
    }
}
