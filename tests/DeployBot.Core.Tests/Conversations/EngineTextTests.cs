using System.Text.RegularExpressions;
using DeployBot.Core.Conversations;
using DeployBot.Core.Requests;

namespace DeployBot.Core.Tests.Conversations;

/// <summary>The usage lines reach Slack and Teams, which read "&lt;env&gt;" as markup; they use "…" for what to fill in.</summary>
public sealed partial class EngineTextTests
{
    [Theory]
    [InlineData(EngineText.Usage)]
    [InlineData(RequestSyntax.Usage)]
    public void Usage_SentToChatPlatforms_HasNoTagLikePlaceholder(string text)
    {
        Assert.DoesNotMatch(TagLike(), text);
    }

    [GeneratedRegex(@"<[A-Za-z][A-Za-z _-]*>")]
    private static partial Regex TagLike();
}
