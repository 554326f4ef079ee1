using DeployBot.Benchmarks.Load.Stores;
using DeployBot.Testing.Model;
using DeployBot.Testing.Slack;

namespace DeployBot.Benchmarks.Load;

/// <summary>
/// The fake Slack Web API and the fake model (a fixed think time) a DeployBot run talks to on loopback, and the ledger
/// of plans as they reach Slack. The fakes keep no log of calls: it would only grow this tool's heap, and its
/// collections would stall the load generator and show up as DeployBot's latency.
/// </summary>
internal sealed class LoadFakes : IAsyncDisposable
{
    private LoadFakes(FakeSlackApi slack, FakeChatCompletionServer model)
    {
        (Slack, Model) = (slack, model);
        Ledger = new PlanLedger(slack);
    }

    public FakeSlackApi Slack { get; }

    public FakeChatCompletionServer Model { get; }

    public PlanLedger Ledger { get; }

    public static async Task<LoadFakes> StartAsync(int modelDelayMs, CancellationToken cancellationToken)
    {
        var slack = await FakeSlackApi.StartAsync(cancellationToken: cancellationToken);
        var model = await FakeChatCompletionServer.StartAsync(cancellationToken);
        slack.KeepCalls = false;
        model.KeepRequests = false;
        model.WhenScriptIsEmpty = FakeModelReply.Content(ModelAnswer.ValidPlanJson());
        model.ReplyDelay = TimeSpan.FromMilliseconds(modelDelayMs);
        return new LoadFakes(slack, model);
    }

    /// <summary>The host's settings for a run against these fakes, recording into <paramref name="store"/>.</summary>
    public Dictionary<string, string?> HostSettings(string signingSecret, IBenchStore store, int jobConcurrency) =>
        HostSettings(signingSecret, Slack, Model, store.Provider, store.ConnectionString, jobConcurrency);

    public static Dictionary<string, string?> HostSettings(
        string signingSecret, FakeSlackApi slack, FakeChatCompletionServer model, string provider, string connectionString, int jobConcurrency) => new()
    {
        ["Slack:SigningSecret"] = signingSecret,
        ["Slack:BotToken"] = slack.BotToken,
        ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
        ["Model:Provider"] = "OpenAICompatible",
        ["Model:Endpoint"] = model.BaseUrl.ToString(),
        ["Model:ModelId"] = ModelAnswer.ModelId,
        ["Model:ApiKey"] = "sk-load-benchmark-0123456789",
        ["Storage:Provider"] = provider,
        ["Storage:ConnectionString"] = connectionString,
        ["Jobs:Concurrency"] = jobConcurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public async ValueTask DisposeAsync()
    {
        await Model.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
