using DeployBot.Teams.Activities;

namespace DeployBot.Teams.Tests.Activities;

public sealed class MessageTextTests
{
    private const string BotId = "28:00000000-0000-0000-0000-0000000000a1";

    [Theory]
    [InlineData("<at>DeployBot</at> deploy-plan ENVIRONMENT=prod", "<at>DeployBot</at>", "deploy-plan ENVIRONMENT=prod")]
    [InlineData("<at>DeployBot</at>deploy-plan ENVIRONMENT=prod", "<at>DeployBot</at>", "deploy-plan ENVIRONMENT=prod")]
    [InlineData("\r\n<at>DeployBot</at>\r\ndeploy-plan ENVIRONMENT=prod\r\n", "<at>DeployBot</at>", "deploy-plan ENVIRONMENT=prod")]
    [InlineData("<at>DeployBot</at>&nbsp;deploy-plan ENVIRONMENT=prod", "<at>DeployBot</at>", "deploy-plan ENVIRONMENT=prod")]
    [InlineData("<at>DeployBot</at> deploy-plan ENVIRONMENT=prod", "<at>@DeployBot</at>", "deploy-plan ENVIRONMENT=prod")]
    [InlineData("<AT>deploybot</AT> help", "<at>DeployBot</at>", "help")]
    [InlineData("deploy-plan <at>DeployBot</at> ENVIRONMENT=prod", "<at>DeployBot</at>", "deploy-plan   ENVIRONMENT=prod")]
    public void ForBot_BotMentionVariants_StripsOnlyTheMention(string text, string entityText, string expected)
    {
        var activity = Message(text, new Entity("mention", entityText, new ChannelAccount(BotId, "DeployBot")));

        var result = MessageText.ForBot(activity, "DeployBot");

        Assert.Equal(expected, result);
    }

    [Fact]
    public void ForBot_NoEntity_FallsBackToTheConfiguredBotName()
    {
        var activity = Message("<at>Release Helper</at> deploy-plan NOTES=x", entity: null);

        Assert.Equal("deploy-plan NOTES=x", MessageText.ForBot(activity, "Release Helper"));
    }

    [Fact]
    public void ForBot_OtherPeoplesMentions_StayAsPlainNames()
    {
        var activity = Message(
            "<at>DeployBot</at> deploy-plan NOTES=\"ask <at>Bob Example</at> first\"",
            new Entity("mention", "<at>DeployBot</at>", new ChannelAccount(BotId, "DeployBot")));

        Assert.Equal("deploy-plan NOTES=\"ask @Bob Example first\"", MessageText.ForBot(activity, "DeployBot"));
    }

    [Fact]
    public void ForBot_HtmlEntities_AreDecoded()
    {
        var activity = Message("<at>DeployBot</at> deploy-plan NOTES=&quot;a &lt; b &amp;&amp; c&quot; ENVIRONMENT=prod", new Entity("mention", "<at>DeployBot</at>", new ChannelAccount(BotId, "DeployBot")));

        Assert.Equal("deploy-plan NOTES=\"a < b && c\" ENVIRONMENT=prod", MessageText.ForBot(activity, "DeployBot"));
    }

    [Fact]
    public void ForBot_MentionOfSomeoneElseWithTheBotsEntityMissing_KeepsTheText()
    {
        var activity = Message("<at>Alice</at> please look", new Entity("mention", "<at>Alice</at>", new ChannelAccount("29:alice", "Alice")));

        Assert.Equal("@Alice please look", MessageText.ForBot(activity, "DeployBot"));
    }

    [Theory]
    [InlineData("ping <at>Everyone</at> now", "ping Everyone now")]
    [InlineData("<at id=\"0\">CEO</at>", "CEO")]
    [InlineData("no tags", "no tags")]
    public void WithoutMentionTags_RemovesTagsKeepsWords(string text, string expected) =>
        Assert.Equal(expected, MessageText.WithoutMentionTags(text));

    private static Activity Message(string text, Entity? entity) => new()
    {
        Type = "message",
        Text = text,
        Recipient = new ChannelAccount(BotId, "DeployBot"),
        Entities = entity is null ? [] : [entity],
    };
}
