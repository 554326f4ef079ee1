using DeployBot.Teams.Activities;

namespace DeployBot.Teams.Tests.Activities;

public sealed class ConversationIdsTests
{
    [Theory]
    [InlineData("19:abc@thread.tacv2;messageid=1759881511856", "19:abc@thread.tacv2", "1759881511856")]
    [InlineData("19:abc@thread.tacv2", "19:abc@thread.tacv2", null)]
    [InlineData("a:1pD0J7b3-personal", "a:1pD0J7b3-personal", null)]
    [InlineData("19:abc@thread.skype;messageid=", "19:abc@thread.skype", null)]
    public void BaseIdAndThreadRootId_SplitTheThreadSuffix(string conversationId, string baseId, string? root)
    {
        Assert.Equal(baseId, ConversationIds.BaseId(conversationId));
        Assert.Equal(root, ConversationIds.ThreadRootId(conversationId));
    }

    [Fact]
    public void Threaded_ReplacesAnExistingSuffix() =>
        Assert.Equal("19:abc@thread.tacv2;messageid=42", ConversationIds.Threaded("19:abc@thread.tacv2;messageid=7", "42"));
}
