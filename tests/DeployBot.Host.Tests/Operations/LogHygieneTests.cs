using System.Net;
using System.Text;
using DeployBot.Host.Tests.Infrastructure;
using DeployBot.Host.Tests.Operations.Support;
using DeployBot.Host.Tests.Reliability.Support;
using DeployBot.Host.Tests.Slack;
using DeployBot.Testing.Model;
using DeployBot.Testing.Slack;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace DeployBot.Host.Tests.Operations;

/// <summary>
/// A full Slack flow with a flaky model, logs captured at every level: what operators see at Information and above
/// never holds a token, a secret or the release notes, and what the worker logs carries the plan id.
/// </summary>
public sealed class LogHygieneTests
{
    private const string SigningSecret = "log-test-signing-secret-8c1f";
    private const string ModelApiKey = "sk-log-test-4e9a0b7d";
    private const string NotesMarker = "zebra-7731 rotation";

    [Fact]
    public async Task SlashCommandToPostedPlan_InformationAndAbove_CarryNoSecretOrNotes_AndJobLogsCarryThePlanId()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var slack = await FakeSlackApi.StartAsync("xoxb-log-test-token-5d2", ct);
        await using var model = await FakeChatCompletionServer.StartAsync(ct);
        model.Enqueue(FakeModelReply.ServerError(503));
        model.WhenScriptIsEmpty = FakeModelReply.Content(ModelAnswers.ValidPlanJson());
        var logs = new CapturingLoggerProvider();
        await using var app = new DeployBotApplication(Settings(slack, model));
        await using var logged = app.WithWebHostBuilder(web => web.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs)));
        using var client = logged.CreateDefaultClient(new SlackSigningHandler(SigningSecret));

        using var ack = await client.PostAsync("/slack/commands", Command(slack), ct);
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var plan = await slack.WaitForCallAsync("chat.update", call => call["channel"] == "C0STAGING01", TimeSpan.FromSeconds(60), ct);
        await WaitForJobDoneAsync(logs, ct);

        Assert.Contains("Deployment Steps", plan.BlockText, StringComparison.Ordinal);
        var visible = logs.Logs.Where(log => log.Level >= LogLevel.Information).ToArray();
        Assert.NotEmpty(visible);
        foreach (var secret in new[] { SigningSecret, slack.BotToken, ModelApiKey, NotesMarker })
        {
            Assert.DoesNotContain(visible, log => log.Message.Contains(secret, StringComparison.Ordinal) || (log.Exception?.Contains(secret, StringComparison.Ordinal) ?? false));
        }

        var retries = logs.Logs.Where(log => log.Category.StartsWith("DeployBot.Planning", StringComparison.Ordinal) && log.Level == LogLevel.Warning).ToArray();
        Assert.NotEmpty(retries);
        var planId = retries[0].Scope.GetValueOrDefault("PlanId");
        Assert.True(planId is string { Length: > 0 }, "the model retry was logged without the plan id");
        Assert.All(retries, log => Assert.Equal(planId, log.Scope.GetValueOrDefault("PlanId")));
        Assert.Contains(logs.Logs, log => IsJobDone(log) && Equals(log.Scope.GetValueOrDefault("PlanId"), planId));
    }

    private static bool IsJobDone(CapturedLog log) =>
        log.Category.EndsWith("JobProcessor", StringComparison.Ordinal) && log.Message.Contains(" finished ", StringComparison.Ordinal);

    /// <summary>The job finishes (requester told, audit written) just after the plan is posted: wait for its log line, bounded.</summary>
    private static async Task WaitForJobDoneAsync(CapturingLoggerProvider logs, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 300 && !logs.Logs.Any(IsJobDone); attempt++)
        {
            await Task.Delay(100, ct);
        }
    }

    private static Dictionary<string, string?> Settings(FakeSlackApi slack, FakeChatCompletionServer model) => new()
    {
        ["Slack:SigningSecret"] = SigningSecret,
        ["Slack:BotToken"] = slack.BotToken,
        ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
        ["Model:Provider"] = "OpenAICompatible",
        ["Model:Endpoint"] = model.BaseUrl.ToString(),
        ["Model:ModelId"] = ModelAnswers.ModelId,
        ["Model:ApiKey"] = ModelApiKey,
        ["Model:RetryBaseDelayMilliseconds"] = "10",
    };

    private static StringContent Command(FakeSlackApi slack) => new(
        SlackHost.Form(new()
        {
            ["team_id"] = FakeSlackApi.TeamId, ["channel_id"] = "C0DEVTEAM01", ["user_id"] = "U0ASKER001", ["user_name"] = "asker",
            ["command"] = "/deploy-plan", ["text"] = $"NOTES=\"Adds invoices.due_at column; {NotesMarker} of API keys\" ENVIRONMENT=staging",
            ["api_app_id"] = "A0DEPLOYBOT", ["response_url"] = slack.NewResponseUrl(), ["trigger_id"] = "9.9.trigger",
        }),
        Encoding.UTF8,
        "application/x-www-form-urlencoded");
}
