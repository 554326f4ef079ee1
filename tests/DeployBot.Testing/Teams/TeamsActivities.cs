using System.Text.Json.Nodes;

namespace DeployBot.Testing.Teams;

/// <summary>
/// Real-shaped Teams activities (the fields and id formats of the msteams-docs examples: <c>29:</c> user ids,
/// <c>28:</c> bot ids, <c>19:…@thread.tacv2;messageid=…</c> channel conversations, mention entities, Teams channelData).
/// </summary>
public sealed class TeamsActivities(string serviceUrl, string appId)
{
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string TeamId = "19:team-general@thread.tacv2";
    public const string UserId = "29:1Xk3S5Zp-alice-teams-user-id";
    public const string UserAadId = "6ad0b2fe-8b3c-4f0e-a9f4-4f5e2ba1c001";
    public const string UserName = "Alice Example";
    public const string BotName = "DeployBot";

    private long _nextId = 1_759_944_781_000;

    public string BotId => "28:" + appId;

    public string NextId() => Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A new channel post that @mentions the bot: the conversation id names its own message as the thread root.</summary>
    public JsonObject ChannelMention(string channelId, string textAfterMention, string? id = null)
    {
        id ??= NextId();
        return Message(id, $"{channelId};messageid={id}", "channel", channelId, $"<at>{BotName}</at> {textAfterMention}", mention: true);
    }

    /// <summary>A reply inside an existing channel thread that @mentions the bot.</summary>
    public JsonObject ThreadReply(string channelId, string rootMessageId, string textAfterMention) =>
        Message(NextId(), $"{channelId};messageid={rootMessageId}", "channel", channelId, $"<at>{BotName}</at> {textAfterMention}", mention: true);

    /// <summary>A message in the personal (1:1) chat with the bot: no mention.</summary>
    public JsonObject Personal(string text, string conversationId = "a:1pD0J7b3-personal-chat-with-alice") =>
        Message(NextId(), conversationId, "personal", channelId: null, text, mention: false);

    /// <summary>An Action.Submit click: a message with empty text and the card's data merged with the inputs in <c>value</c>.</summary>
    public JsonObject CardSubmit(JsonObject template, string cardActivityId, JsonObject value)
    {
        var submit = (JsonObject)template.DeepClone();
        submit["id"] = NextId();
        submit["replyToId"] = cardActivityId;
        submit.Remove("text");
        submit.Remove("entities");
        submit.Remove("attachments");
        submit["value"] = value;
        return submit;
    }

    /// <summary>The bot was added to a team (<c>teamMemberAdded</c> with the bot in <c>membersAdded</c>).</summary>
    public JsonObject BotAddedToTeam(string generalChannelId) => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = "f:" + NextId(),
        ["timestamp"] = "2025-10-08T17:33:01.4300000Z",
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = UserId, ["aadObjectId"] = UserAadId },
        ["conversation"] = new JsonObject { ["isGroup"] = true, ["conversationType"] = "channel", ["tenantId"] = TenantId, ["id"] = generalChannelId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId }),
        ["channelData"] = new JsonObject
        {
            ["team"] = new JsonObject { ["aadGroupId"] = "0ab3c9f1-team-group", ["name"] = "Release Team", ["id"] = generalChannelId },
            ["eventType"] = "teamMemberAdded",
            ["tenant"] = new JsonObject { ["id"] = TenantId },
        },
    };

    private JsonObject Message(string id, string conversationId, string conversationType, string? channelId, string text, bool mention)
    {
        var activity = new JsonObject
        {
            ["text"] = text,
            ["textFormat"] = "plain",
            ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "text/html", ["content"] = "<div>" + text + "</div>" }),
            ["type"] = "message",
            ["timestamp"] = "2025-10-08T17:33:01.4300000Z",
            ["localTimestamp"] = "2025-10-08T19:33:01.4300000+02:00",
            ["id"] = id,
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = UserId, ["name"] = UserName, ["aadObjectId"] = UserAadId },
            ["conversation"] = new JsonObject { ["isGroup"] = conversationType != "personal", ["conversationType"] = conversationType, ["tenantId"] = TenantId, ["id"] = conversationId },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
            ["entities"] = Entities(mention),
            ["channelData"] = ChannelData(channelId),
            ["locale"] = "en-US",
            ["localTimezone"] = "Europe/Berlin",
        };
        return activity;
    }

    private JsonArray Entities(bool mention)
    {
        var entities = new JsonArray();
        if (mention)
        {
            entities.Add(new JsonObject
            {
                ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
                ["text"] = $"<at>{BotName}</at>",
                ["type"] = "mention",
            });
        }

        entities.Add(new JsonObject { ["locale"] = "en-US", ["country"] = "US", ["platform"] = "Web", ["timezone"] = "Europe/Berlin", ["type"] = "clientInfo" });
        return entities;
    }

    private static JsonObject ChannelData(string? channelId)
    {
        var data = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } };
        if (channelId is not null)
        {
            data["teamsChannelId"] = channelId;
            data["teamsTeamId"] = TeamId;
            data["channel"] = new JsonObject { ["id"] = channelId };
            data["team"] = new JsonObject { ["id"] = TeamId };
        }

        return data;
    }
}
