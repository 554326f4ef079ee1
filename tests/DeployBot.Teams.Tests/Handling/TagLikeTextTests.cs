using System.Text.RegularExpressions;
using DeployBot.Teams.Handling;

namespace DeployBot.Teams.Tests.Handling;

/// <summary>
/// Teams renders message text as HTML-flavoured Markdown: a placeholder such as <c>&lt;env&gt;</c> is taken for a tag and
/// shown as <c>&amp;lt;env&amp;gt;</c> (seen in Microsoft 365 Agents Playground). The fixed texts the bot sends carry none.
/// </summary>
public sealed partial class TagLikeTextTests
{
    public static TheoryData<string, string> Texts() => new()
    {
        { "Teams usage", TeamsCommand.Usage },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void FixedText_SentToTeams_HasNoTagLikePlaceholder(string name, string text)
    {
        Assert.False(TagLike().IsMatch(text), $"{name}: {text}");
    }

    [GeneratedRegex(@"<[A-Za-z][A-Za-z _-]*>")]
    private static partial Regex TagLike();
}
