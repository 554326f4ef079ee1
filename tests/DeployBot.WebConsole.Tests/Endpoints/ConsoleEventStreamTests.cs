using System.Net;
using System.Text.Json;
using DeployBot.WebConsole.Feed;
using DeployBot.WebConsole.Tests.Infrastructure;

namespace DeployBot.WebConsole.Tests.Endpoints;

public sealed class ConsoleEventStreamTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Events_MessagePostedAfterConnecting_ArrivesWithAResumableId()
    {
        await using var server = await ConsoleTestServer.StartAsync();
        server.Feed.Add(new NewFeedMessage("releases", FeedMessageKind.User, "Robin", "before"));
        using var response = await server.Client.GetAsync("/console/events?after=1", HttpCompletionOption.ResponseHeadersRead, Ct);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(Ct));

        var posted = await server.Platform.PostDraftingAsync(SamplePlans.Delivery(null), Ct);
        var (id, data) = await ReadEventAsync(reader).WaitAsync(TimeSpan.FromSeconds(10), Ct);

        using var json = JsonDocument.Parse(data);
        Assert.Equal(posted.MessageId, json.RootElement.GetProperty("id").GetString());
        Assert.Equal("drafting", json.RootElement.GetProperty("kind").GetString());
        Assert.Equal("2", id);
    }

    [Fact]
    public async Task Events_LastEventIdNotANumber_Is400()
    {
        await using var server = await ConsoleTestServer.StartAsync();

        using var response = await server.Client.GetAsync("/console/events?after=abc", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<(string? Id, string Data)> ReadEventAsync(StreamReader reader)
    {
        string? id = null;
        string? data = null;
        while (await reader.ReadLineAsync(TestContext.Current.CancellationToken) is { } line)
        {
            if (line.Length == 0 && data is not null)
            {
                return (id, data);
            }

            if (line.StartsWith("id: ", StringComparison.Ordinal))
            {
                id = line[4..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = line[6..];
            }
        }

        throw new InvalidOperationException("The event stream ended.");
    }
}
