using DeployBot.Testing.Model;
using DeployBot.Testing.Slack;

namespace DeployBot.Host.Tests.Reliability.Support;

/// <summary>
/// The outside world of one reliability test on loopback: the fake Slack Web API and the fake OpenAI-compatible model
/// (answering a valid plan by default), and the host settings that point DeployBot at them.
/// </summary>
internal sealed class BotFakes : IAsyncDisposable
{
    private BotFakes(FakeSlackApi slack, FakeChatCompletionServer model)
    {
        Slack = slack;
        Model = model;
    }

    public FakeSlackApi Slack { get; }

    public FakeChatCompletionServer Model { get; }

    public static async Task<BotFakes> StartAsync(CancellationToken cancellationToken)
    {
        var slack = await FakeSlackApi.StartAsync(cancellationToken: cancellationToken);
        var model = await FakeChatCompletionServer.StartAsync(cancellationToken);
        model.WhenScriptIsEmpty = FakeModelReply.Content(ModelAnswers.ValidPlanJson());
        return new BotFakes(slack, model);
    }

    /// <summary>
    /// Host configuration: Slack and the model at the fakes, the given storage, and job timings short enough for a test
    /// (a lease of 20 s, longer than any job here takes, so a killed replica's jobs are taken over within 20 s).
    /// </summary>
    public Dictionary<string, string?> Settings(string storageProvider, string connectionString, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SlashCommands.SigningSecret,
            ["Slack:BotToken"] = Slack.BotToken,
            ["Slack:ApiBaseUrl"] = Slack.ApiBaseUrl,
            ["Model:Provider"] = "OpenAICompatible",
            ["Model:Endpoint"] = Model.BaseUrl.ToString(),
            ["Model:ModelId"] = ModelAnswers.ModelId,
            ["Model:ApiKey"] = "sk-reliability-0123456789",
            ["Model:MaxAttempts"] = "3",
            ["Model:AttemptTimeoutSeconds"] = "8",
            ["Model:TotalTimeoutSeconds"] = "15",
            ["Model:RetryBaseDelayMilliseconds"] = "50",
            ["Storage:Provider"] = storageProvider,
            ["Storage:ConnectionString"] = connectionString,
            ["Jobs:LeaseSeconds"] = "20",
            ["Jobs:PollIntervalMilliseconds"] = "100",
            ["Jobs:RetryBaseSeconds"] = "1",
            ["Jobs:RetryMaxSeconds"] = "5",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    public async ValueTask DisposeAsync()
    {
        await Model.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
