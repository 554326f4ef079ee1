using DeployBot.Host.Tests.Infrastructure;
using DeployBot.Testing.Slack;

namespace DeployBot.Host.Tests.Reliability.Support;

/// <summary>
/// The real host in memory (WebApplicationFactory) on its own SQLite file, wired to <see cref="BotFakes"/>, with a
/// client that signs like Slack. For fault tests that need no process boundary.
/// </summary>
internal sealed class InMemoryBot : IAsyncDisposable
{
    private InMemoryBot(BotFakes fakes, DeployBotApplication app, HttpClient client, JobTable jobs, string connectionString)
    {
        Fakes = fakes;
        App = app;
        Client = client;
        Jobs = jobs;
        ConnectionString = connectionString;
    }

    public BotFakes Fakes { get; }

    public FakeSlackApi Slack => Fakes.Slack;

    public DeployBotApplication App { get; }

    public HttpClient Client { get; }

    public JobTable Jobs { get; }

    public string ConnectionString { get; }

    public static async Task<InMemoryBot> StartAsync(IReadOnlyDictionary<string, string?>? overrides, CancellationToken cancellationToken)
    {
        var fakes = await BotFakes.StartAsync(cancellationToken);
        var database = Path.Combine(Path.GetTempPath(), "deploybot-reliability", Guid.NewGuid().ToString("N"), "deploybot.db");
        var connectionString = $"Data Source={database}";
        var settings = fakes.Settings("Sqlite", connectionString, overrides);
        return Start(fakes, settings, JobTable.Sqlite(connectionString), connectionString);
    }

    /// <summary>A host on the storage <paramref name="settings"/> name; <paramref name="jobs"/> reads that storage directly.</summary>
    public static InMemoryBot Start(BotFakes fakes, IReadOnlyDictionary<string, string?> settings, JobTable jobs, string connectionString)
    {
        var app = new DeployBotApplication(settings);
        var client = app.CreateDefaultClient(new SlackSigner(SlashCommands.SigningSecret));
        return new InMemoryBot(fakes, app, client, jobs, connectionString);
    }

    /// <summary>Sends requests <paramref name="from"/>..<paramref name="to"/> one after another, as a burst from several people.</summary>
    public async Task<List<CommandAck>> SendAsync(int from, int to, CancellationToken cancellationToken)
    {
        var acks = new List<CommandAck>();
        for (var i = from; i <= to; i++)
        {
            acks.Add(await SlashCommands.SendAsync(Client, Slack, i, cancellationToken));
        }

        return acks;
    }

    /// <summary>Waits (bounded) until <paramref name="count"/> distinct plans are shown and the queue is empty.</summary>
    public Task<bool> WaitForPlansAsync(int count, TimeSpan timeout, CancellationToken cancellationToken) =>
        Poll.UntilAsync(async () => SlackLedger.DistinctPlans(Slack) >= count && await Jobs.OutstandingAsync(cancellationToken) == 0, timeout, cancellationToken);

    public async Task<string> EvidenceAsync(CancellationToken cancellationToken) =>
        $"{SlackLedger.Describe(Slack)}{Environment.NewLine}{await Jobs.DescribeAsync(cancellationToken)}";

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        await Fakes.DisposeAsync();
    }
}
