using DeployBot.Core.Requests;

namespace DeployBot.Core.Tests.Requests;

public sealed class ArgumentFormatterTests
{
    [Fact]
    public void Format_FullRequest_WritesKeysInOrderWithQuotedText()
    {
        var request = new DeploymentRequest("Fix login loop", "production", "Sat 02:00-04:00 UTC", "login-refresh-v2");

        var text = ArgumentFormatter.Format(request);

        Assert.Equal("NOTES=\"Fix login loop\" ENVIRONMENT=production WINDOW=\"Sat 02:00-04:00 UTC\" FLAG=login-refresh-v2", text);
    }

    [Fact]
    public void Format_AbsentOptionalValues_AreLeftOut()
    {
        var text = ArgumentFormatter.Format(new DeploymentRequest("x", "staging"));

        Assert.Equal("NOTES=\"x\" ENVIRONMENT=staging", text);
    }

    [Theory]
    [InlineData("say \"hi\"", "NOTES=\"say \\\"hi\\\"\"")]
    [InlineData("C:\\deploy", "NOTES=\"C:\\\\deploy\"")]
    [InlineData("curly “quote”", "NOTES=\"curly \\“quote\\”\"")]
    [InlineData("a &lt; b & c", "NOTES=\"a &amp;lt; b & c\"")]
    public void Format_QuotesBackslashesAndEntities_AreEscapedSoParseReadsThemBack(string notes, string expectedStart)
    {
        var request = new DeploymentRequest(notes, "staging");

        var text = ArgumentFormatter.Format(request);

        Assert.StartsWith(expectedStart, text, StringComparison.Ordinal);
        Assert.Equal(notes, ArgumentParser.Parse(text)[RequestField.Notes]);
    }
}
