using DeployBot.Core.Requests;

namespace DeployBot.Core.Tests.Requests;

public sealed class ArgumentParserShellTests
{
    [Fact]
    public void ParseShellArguments_ValueWithSpacesQuotesAndNewlines_IsTakenLiterally()
    {
        const string notes = "## 2.4.0\n- Migrate \"orders\" table (adds column)\n- FLAG=x is mentioned, not set\n- path C:\\tmp";

        var parsed = ArgumentParser.ParseShellArguments([$"NOTES={notes}", "environment=prod", "WINDOW=Sat 02:00-04:00 UTC"]);

        Assert.Empty(parsed.Problems);
        Assert.Equal(notes, parsed[RequestField.Notes]);
        Assert.Equal("prod", parsed[RequestField.Environment]);
        Assert.Equal("Sat 02:00-04:00 UTC", parsed[RequestField.Window]);
        Assert.Null(parsed[RequestField.Flag]);
    }

    [Fact]
    public void ParseShellArguments_LooseWordsWithoutNotes_BecomeNotes()
    {
        var parsed = ArgumentParser.ParseShellArguments(["fix", "the", "login", "ENVIRONMENT=staging"]);

        Assert.Empty(parsed.Problems);
        Assert.Equal("fix the login", parsed[RequestField.Notes]);
    }

    [Fact]
    public void ParseShellArguments_UnknownRepeatedAndStrayArguments_AreAllReported()
    {
        var parsed = ArgumentParser.ParseShellArguments(["NOTES=x", "NOTES=y", "TEAM=a", "stray", "FLAG="]);

        Assert.Equal(3, parsed.Problems.Count);
        Assert.Contains(parsed.Problems, p => p.Message.Contains("\"TEAM\"", StringComparison.Ordinal));
        Assert.Contains(parsed.Problems, p => p.Message.StartsWith("NOTES is given more than once", StringComparison.Ordinal));
        Assert.Contains(parsed.Problems, p => p.Message.StartsWith("Unexpected text \"stray\"", StringComparison.Ordinal));
        Assert.Null(parsed[RequestField.Flag]);
    }

    [Fact]
    public void ParseShellArguments_NotesOverLimit_IsAProblemNotACut()
    {
        var parsed = ArgumentParser.ParseShellArguments([$"NOTES={new string('x', 5000)}", "ENVIRONMENT=prod"]);

        var problem = Assert.Single(parsed.Problems);
        Assert.Equal("NOTES is 5,000 characters; the limit is 4,000", problem.Message);
    }
}
