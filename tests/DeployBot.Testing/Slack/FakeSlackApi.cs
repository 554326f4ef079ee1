using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DeployBot.Testing.Slack;

/// <summary>
/// A Slack Web API on loopback (Kestrel on 127.0.0.1, a free port): <c>/api/{method}</c> for the methods DeployBot uses
/// and <c>/response/{id}</c> for response_url posts. It records every call with its body, answers with real-shaped
/// JSON and <c>ts</c> values, and plays scripted failures (<c>ok:false</c> errors, 429 with Retry-After, 5xx).
/// </summary>
public sealed class FakeSlackApi : IAsyncDisposable
{
    public const string BotUserId = "U0DEPLOYBOT";
    public const string BotId = "B0DEPLOYBOT";
    public const string TeamId = "T0FAKETEAM";

    private readonly WebApplication _app;
    private readonly FakeSlackState _state;

    private FakeSlackApi(WebApplication app, FakeSlackState state, Uri root)
    {
        _app = app;
        _state = state;
        Root = root;
    }

    /// <summary>The bot token the fake expects; calls with another bearer token get <c>invalid_auth</c>.</summary>
    public string BotToken => _state.BotToken;

    public Uri Root { get; }

    /// <summary>What <c>Slack:ApiBaseUrl</c> should be.</summary>
    public string ApiBaseUrl => new Uri(Root, "api/").ToString();

    public IReadOnlyList<SlackApiCall> Calls => _state.Snapshot();

    /// <summary>
    /// Whether <see cref="Calls"/> keeps every call (default true). A load run that watches <see cref="CallRecorded"/>
    /// turns it off: hundreds of thousands of parsed bodies would grow the load tool's own heap, and its garbage
    /// collections would show up as the bot's latency.
    /// </summary>
    public bool KeepCalls
    {
        get => _state.KeepCalls;
        set => _state.KeepCalls = value;
    }

    /// <summary>Raised for every call as it arrives (on the request's thread), for observers that need its timing.</summary>
    public event Action<SlackApiCall>? CallRecorded
    {
        add => _state.Recorded += value;
        remove => _state.Recorded -= value;
    }

    public static async Task<FakeSlackApi> StartAsync(string botToken = "xoxb-fake-token", CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        var state = new FakeSlackState(botToken);
        var app = builder.Build();
        app.MapPost("/api/{method}", (string method, HttpContext http) => state.HandleApiAsync(method, http));
        app.MapPost("/response/{id}", (string id, HttpContext http) => state.HandleResponseUrlAsync(id, http));
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FakeSlackApi(app, state, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>A fresh response_url pointing at this fake, as Slack puts in commands and interactions.</summary>
    public string NewResponseUrl() => new Uri(Root, $"response/{Guid.NewGuid():N}").ToString();

    public IReadOnlyList<SlackApiCall> CallsTo(string method) => Calls.Where(call => call.Method == method).ToArray();

    /// <summary>The next <paramref name="times"/> calls to <paramref name="method"/> get <paramref name="failure"/>.</summary>
    public void FailNext(string method, SlackFailure failure, int times = 1) => _state.Script(method, failure, times);

    /// <summary>Every post to this channel fails with <c>not_in_channel</c> until <see cref="JoinChannel"/>.</summary>
    public void LeaveChannel(string channelId) => _state.SetMembership(channelId, member: false);

    public void JoinChannel(string channelId) => _state.SetMembership(channelId, member: true);

    /// <summary>Answers <paramref name="method"/> with <paramref name="answer"/> instead of the built-in shape; the answer checks its own token.</summary>
    public void Answer(string method, Func<SlackApiCall, JsonObject> answer) => _state.SetAnswer(method, answer);

    /// <summary>Makes <c>users.lookupByEmail</c> know this person.</summary>
    public void AddUser(string email, string userId) => _state.AddUser(email, userId);

    /// <summary>Waits (polling, bounded) until a call to <paramref name="method"/> matching <paramref name="match"/> arrives.</summary>
    public async Task<SlackApiCall> WaitForCallAsync(string method, Func<SlackApiCall, bool>? match = null, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(20);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var found = CallsTo(method).FirstOrDefault(call => match?.Invoke(call) ?? true);
            if (found is not null)
            {
                return found;
            }

            if (clock.Elapsed > limit)
            {
                var seen = string.Join(", ", Calls.Select(call => call.Method));
                throw new TimeoutException($"No matching {method} call arrived. Calls seen: [{seen}]");
            }

            await Task.Delay(25, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    internal static string FormatTs(long seconds, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{seconds}.{sequence:D6}");
}
