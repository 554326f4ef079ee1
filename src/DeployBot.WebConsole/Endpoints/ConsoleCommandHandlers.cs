using DeployBot.Core.Conversations;
using DeployBot.Core.Requests;
using DeployBot.WebConsole.Feed;
using Microsoft.AspNetCore.Http;

namespace DeployBot.WebConsole.Endpoints;

/// <summary>The console's inbound side: each endpoint turns what was typed or clicked into one engine command.</summary>
internal static class ConsoleCommandHandlers
{
    public const string SlashCommand = "/deploy-plan";
    private const string CommandExample = """{"text":"/deploy-plan NOTES=\"…\" ENVIRONMENT=production"}""";
    private const string FormExample = """{"values":{"notes":"…","environment":"production"}}""";
    private const string ThreadExample = """{"text":"What happens if the migration fails?"}""";

    public static async Task<IResult> CommandAsync(HttpContext http, IConversationEngine engine, ConsoleFeed feed, ConsoleIdentity identity, ConsoleReplyPresenter presenter)
    {
        var read = await ConsoleJson.ReadBodyAsync<CommandBody>(http.Request, CommandExample, http.RequestAborted);
        if (read.Body is not { } body)
        {
            return read.Problem!;
        }

        if (identity.ChannelOrDefault(body.Channel) is not { } channel)
        {
            return ConsoleJson.Problem(400, "Unknown channel", "A channel name is 1-64 letters, digits, '.', '_' or '-' (for example \"releases\").");
        }

        var text = body.Text?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return ConsoleJson.Problem(400, "Nothing to send", $"Type a message first, for example {SlashCommand} NOTES=\"…\" ENVIRONMENT=production.");
        }

        feed.Add(new NewFeedMessage(channel, FeedMessageKind.User, identity.UserName, text));
        if (SplitCommand(text) is not ({ } command, { } arguments))
        {
            return ConsoleJson.Ok(presenter.Hint($"DeployBot answers {SlashCommand} here. To ask about a plan, use \"Reply in thread\" on it.", channel));
        }

        if (!command.Equals(SlashCommand, StringComparison.OrdinalIgnoreCase))
        {
            return ConsoleJson.Ok(presenter.Refuse($"{command} is not a command DeployBot knows. Try {SlashCommand} NOTES=\"…\" ENVIRONMENT=production.", channel));
        }

        var reply = await engine.StartAsync(new StartRequest(identity.RequesterIn(channel), arguments, NewDeliveryId()), http.RequestAborted);
        return ConsoleJson.Ok(presenter.Present(reply, channel));
    }

    public static async Task<IResult> SubmitFormAsync(string formId, HttpContext http, IConversationEngine engine, ConsoleIdentity identity, ConsoleReplyPresenter presenter)
    {
        var read = await ConsoleJson.ReadBodyAsync<FormBody>(http.Request, FormExample, http.RequestAborted);
        if (read.Body is not { } body)
        {
            return read.Problem!;
        }

        if (identity.ChannelOrDefault(body.Channel) is not { } channel)
        {
            return ConsoleJson.Problem(400, "Unknown channel", "A channel name is 1-64 letters, digits, '.', '_' or '-'.");
        }

        var values = new Dictionary<RequestField, string?>();
        foreach (var (key, value) in body.Values ?? [])
        {
            if (!Enum.TryParse<RequestField>(key, ignoreCase: true, out var field) || !Enum.IsDefined(field))
            {
                return ConsoleJson.Problem(400, "Unknown form field", $"\"{key}\" is not a field of the form; expected {string.Join(", ", Enum.GetNames<RequestField>().Select(n => n.ToLowerInvariant()))}.");
            }

            values[field] = value;
        }

        var reply = await engine.SubmitFormAsync(new SubmitForm(identity.RequesterIn(channel), formId, values, NewDeliveryId()), http.RequestAborted);
        return ConsoleJson.Ok(presenter.Present(reply, channel));
    }

    public static async Task<IResult> ThreadMessageAsync(string threadId, HttpContext http, IConversationEngine engine, ConsoleFeed feed, ConsoleIdentity identity, ConsoleReplyPresenter presenter)
    {
        var read = await ConsoleJson.ReadBodyAsync<ThreadBody>(http.Request, ThreadExample, http.RequestAborted);
        if (read.Body is not { } body)
        {
            return read.Problem!;
        }

        if (feed.Find(threadId) is not { ThreadId: null } root)
        {
            return ConsoleJson.Problem(404, "No such thread", "That message is not in the console any more (the console keeps messages in memory, so a restart clears them).");
        }

        var text = body.Text?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return ConsoleJson.Problem(400, "Nothing to send", "Type a question, or new arguments such as WINDOW=\"Sat 02:00-04:00 UTC\".");
        }

        feed.Add(new NewFeedMessage(root.Channel, FeedMessageKind.User, identity.UserName, text, root.Id));
        var thread = new ThreadRef(Platforms.Console, root.Channel, root.Id);
        var reply = await engine.HandleThreadMessageAsync(new ThreadMessage(thread, identity.RequesterIn(root.Channel), text, NewDeliveryId()), http.RequestAborted);
        return ConsoleJson.Ok(presenter.Present(reply, root.Channel, root.Id));
    }

    public static async Task<IResult> PressButtonAsync(string planId, string button, HttpContext http, IConversationEngine engine, ConsoleFeed feed, ConsoleIdentity identity, ConsoleReplyPresenter presenter)
    {
        if (!Enum.TryParse<PlanButton>(button, ignoreCase: true, out var pressed) || !Enum.IsDefined(pressed))
        {
            return ConsoleJson.Problem(404, "No such button", $"\"{button}\" is not a plan button; the buttons are regenerate, acknowledge and rollback.");
        }

        var channel = ChannelOfPlan(feed, planId) ?? identity.DefaultChannel;
        var reply = await engine.PressButtonAsync(new ButtonPressed(planId, pressed, identity.RequesterIn(channel), NewDeliveryId()), http.RequestAborted);
        return ConsoleJson.Ok(presenter.Present(reply, channel));
    }

    /// <summary>("/deploy-plan", "NOTES=…") for a slash command; null for plain text.</summary>
    internal static (string Command, string Arguments)? SplitCommand(string text)
    {
        if (!text.StartsWith('/'))
        {
            return null;
        }

        var end = text.AsSpan().IndexOfAny(" \t\r\n");
        return end < 0 ? (text, string.Empty) : (text[..end], text[(end + 1)..].Trim());
    }

    private static string? ChannelOfPlan(ConsoleFeed feed, string planId) =>
        feed.ChangesSince(0).Messages.LastOrDefault(m => m.Plan?.PlanId == planId && m.ThreadId is null)?.Channel;

    private static string NewDeliveryId() => "console:" + Guid.NewGuid().ToString("N");
}
