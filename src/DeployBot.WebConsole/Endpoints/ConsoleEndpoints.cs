using DeployBot.Core.Environments;
using DeployBot.WebConsole.Feed;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DeployBot.WebConsole.Endpoints;

/// <summary>The console's routes: the page and its files, the feed (state and events) and one endpoint per engine command.</summary>
internal static class ConsoleEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var console = endpoints.MapGroup(string.Empty)
            .AddEndpointFilter<ConsoleAccessFilter>()
            .ExcludeFromDescription();

        console.MapGet("/", (HttpContext http) => ConsoleAssets.Serve("index.html", http));
        console.MapGet("/console/app.js", (HttpContext http) => ConsoleAssets.Serve("app.js", http));
        console.MapGet("/console/app.css", (HttpContext http) => ConsoleAssets.Serve("app.css", http));
        console.MapGet("/console/icon.svg", (HttpContext http) => ConsoleAssets.Serve("icon.svg", http));

        console.MapGet("/console/state", State);
        console.MapGet("/console/events", ConsoleEventStream.Open);

        console.MapPost("/console/commands", ConsoleCommandHandlers.CommandAsync);
        console.MapPost("/console/forms/{formId}", ConsoleCommandHandlers.SubmitFormAsync);
        console.MapPost("/console/threads/{threadId}", ConsoleCommandHandlers.ThreadMessageAsync);
        console.MapPost("/console/plans/{planId}/buttons/{button}", ConsoleCommandHandlers.PressButtonAsync);
        console.MapPost("/console/plans/{planId}/steps/{step:int}", ConsoleChecklistHandler.TickAsync);
    }

    /// <summary>Everything the page needs to draw itself; it then follows <c>/console/events?after=seq</c>.</summary>
    private static IResult State(HttpContext http, ConsoleFeed feed, ConsoleIdentity identity, ConsoleCsrfToken csrf)
    {
        var changes = feed.ChangesSince(0);
        var catalog = http.RequestServices.GetService<EnvironmentCatalog>();
        var configured = catalog?.All.Select(e => e.Options.ReleaseChannel.Console).OfType<string>() ?? [];
        var channels = new[] { identity.DefaultChannel }
            .Concat(configured.Select(c => c.Trim().TrimStart('#')))
            .Concat(changes.Messages.Select(m => m.Channel))
            .Where(c => identity.ChannelOrDefault(c) == c)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return TypedResults.Json(
            new ConsoleState(new ConsoleUser(identity.UserName), identity.DefaultChannel, channels, changes.Seq, changes.Messages, csrf.Value),
            ConsoleJson.Options);
    }
}

internal sealed record ConsoleUser(string Name);

/// <summary>Everything the page draws from; <paramref name="CsrfToken"/> goes back on every POST (<see cref="ConsoleCsrfToken"/>).</summary>
internal sealed record ConsoleState(
    ConsoleUser User, string DefaultChannel, IReadOnlyList<string> Channels, long Seq, IReadOnlyList<FeedMessage> Messages, string CsrfToken);
