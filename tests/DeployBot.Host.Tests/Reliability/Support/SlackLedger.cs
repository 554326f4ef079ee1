using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DeployBot.Testing.Slack;

namespace DeployBot.Host.Tests.Reliability.Support;

/// <summary>One message in a channel that shows a finished plan (its buttons carry the plan id).</summary>
internal sealed record PlanMessage(string PlanId, string Channel, string MessageKey, string? Tag, string Method, string BlockText, int Sequence);

/// <summary>
/// Reads what people would see in Slack from the fake's call log: the messages that show a finished plan (a
/// <c>chat.update</c> of the drafting placeholder, or a top-level <c>chat.postMessage</c>, carrying the plan's
/// Acknowledge button), the drafting placeholders, and the notes sent to each requester. Calls the fake failed on
/// purpose are left out: Slack made nothing of them.
/// </summary>
internal static partial class SlackLedger
{
    public static IReadOnlyList<PlanMessage> PlanMessages(FakeSlackApi slack)
    {
        var calls = slack.Calls;
        var found = new List<PlanMessage>();
        for (var i = 0; i < calls.Count; i++)
        {
            var call = calls[i];
            var isTopLevel = call.Method == "chat.update" || (call.Method == "chat.postMessage" && call["thread_ts"] is null);
            // A call the fake failed on purpose showed nothing to anyone.
            if (call.Failure is null && isTopLevel && PlanIdOf(call) is { } planId)
            {
                // A chat.update names the message it replaces; a new post is a message of its own.
                var key = call.Method == "chat.update" ? $"{call["channel"]}/{call["ts"]}" : $"{call["channel"]}/post#{i}";
                found.Add(new PlanMessage(planId, call["channel"] ?? "?", key, TagOf(call.BlockText), call.Method, call.BlockText, i));
            }
        }

        return found;
    }

    /// <summary>The "Drafting…" placeholders posted in <paramref name="channel"/> (calls the fake failed on purpose made none).</summary>
    public static IReadOnlyList<SlackApiCall> Drafts(FakeSlackApi slack, string channel) =>
        slack.CallsTo("chat.postMessage").Where(call => call.Failure is null && call["channel"] == channel && call["thread_ts"] is null && (call["text"] ?? "").Contains("Drafting the ", StringComparison.Ordinal)).ToArray();

    /// <summary>Notes posted to one request's response_url that say its plan is ready.</summary>
    public static IReadOnlyList<SlackApiCall> ReadyNotes(FakeSlackApi slack, string responseUrl) =>
        slack.CallsTo("response_url").Where(call => call.Failure is null && responseUrl.EndsWith(call.Path, StringComparison.Ordinal) && (call["text"] ?? "").Contains("plan is ready", StringComparison.Ordinal)).ToArray();

    /// <summary>Texts sent later to <paramref name="responseUrl"/> (the answer to a command that was first acknowledged with "Working on it").</summary>
    public static IReadOnlyList<string> LateAnswers(FakeSlackApi slack, string responseUrl) =>
        slack.CallsTo("response_url").Where(call => call.Failure is null && responseUrl.EndsWith(call.Path, StringComparison.Ordinal)).Select(call => call["text"] ?? "").ToArray();

    /// <summary>Distinct plans (by id) shown in the channel, whatever number of renderings.</summary>
    public static int DistinctPlans(FakeSlackApi slack) => PlanMessages(slack).Select(m => m.PlanId).Distinct().Count();

    /// <summary>One line per plan id: how many channel messages show it and which request tag it carries.</summary>
    public static string Describe(FakeSlackApi slack)
    {
        var lines = PlanMessages(slack).GroupBy(m => m.PlanId).Select(g =>
            $"{g.Key}: tag {g.First().Tag}, messages [{string.Join(", ", g.Select(m => m.MessageKey).Distinct())}], renderings {g.Count()}");
        var methods = slack.Calls.GroupBy(c => c.Method).Select(g => $"{g.Key}×{g.Count()}");
        return $"Slack calls: {string.Join(" ", methods)}{Environment.NewLine}{string.Join(Environment.NewLine, lines)}";
    }

    private static string? PlanIdOf(SlackApiCall call) =>
        call.Blocks.OfType<JsonObject>()
            .Where(block => block["type"]?.GetValue<string>() == "actions")
            .SelectMany(block => block["elements"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(element => element["action_id"]?.GetValue<string>() == "acknowledge")
            .Select(element => element["value"]?.GetValue<string>())
            .FirstOrDefault(value => value is not null);

    private static string? TagOf(string text) => RequestTag().Match(text) is { Success: true } match ? match.Value : null;

    [GeneratedRegex(@"\br\d{3}\b")]
    private static partial Regex RequestTag();
}
