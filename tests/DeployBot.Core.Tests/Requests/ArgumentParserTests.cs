using DeployBot.Core.Requests;

namespace DeployBot.Core.Tests.Requests;

public sealed class ArgumentParserTests
{
    [Theory]
    [InlineData("NOTES=\"fix the login loop\" ENVIRONMENT=staging")]
    [InlineData("notes=\"fix the login loop\" environment=staging")]
    [InlineData("Notes='fix the login loop' Environment=staging")]
    [InlineData("NOTES=“fix the login loop” ENVIRONMENT=staging")]
    [InlineData("NOTES=‘fix the login loop’ ENVIRONMENT=staging")]
    [InlineData("NOTES=“fix the login loop\" ENVIRONMENT=staging")]
    [InlineData("NOTES=\"fix the login loop” ENVIRONMENT=staging")]
    [InlineData("NOTES = \"fix the login loop\"   ENVIRONMENT = staging")]
    [InlineData("ENVIRONMENT=staging NOTES=\"fix the login loop\"")]
    [InlineData("  NOTES=\"fix the login loop\"\nENVIRONMENT=staging  ")]
    public void Parse_KeysAndQuotesInAnySpelling_ReadsTheSameValues(string text)
    {
        var parsed = ArgumentParser.Parse(text);

        Assert.Empty(parsed.Problems);
        Assert.Equal("fix the login loop", parsed[RequestField.Notes]);
        Assert.Equal("staging", parsed[RequestField.Environment]);
    }

    [Fact]
    public void Parse_PhoneTextWithCurlyQuotesAndApostrophes_ReadsEveryValue()
    {
        const string text = "NOTES=“Fix Safari’s login loop; don’t log users out on token refresh” ENVIRONMENT=prod "
            + "WINDOW=“Sat 02:00–04:00 UTC” FLAG=‘login-refresh-v2’";

        var parsed = ArgumentParser.Parse(text);

        Assert.Empty(parsed.Problems);
        Assert.Equal("Fix Safari’s login loop; don’t log users out on token refresh", parsed[RequestField.Notes]);
        Assert.Equal("prod", parsed[RequestField.Environment]);
        Assert.Equal("Sat 02:00–04:00 UTC", parsed[RequestField.Window]);
        Assert.Equal("login-refresh-v2", parsed[RequestField.Flag]);
    }

    [Theory]
    [InlineData("NOTES=\"say \\\"hi\\\" twice\" ENVIRONMENT=staging", "say \"hi\" twice")]
    [InlineData("NOTES=\"rename \"legacy\" table\" ENVIRONMENT=staging", "rename \"legacy\" table")]
    [InlineData("NOTES=\"copy C:\\deploy\\run.ps1\" ENVIRONMENT=staging", "copy C:\\deploy\\run.ps1")]
    [InlineData("NOTES=\"ends with backslash \\\\\" ENVIRONMENT=staging", "ends with backslash \\")]
    [InlineData("NOTES='it\\'s fine' ENVIRONMENT=staging", "it's fine")]
    [InlineData("NOTES=\"line one\nline two\" ENVIRONMENT=staging", "line one\nline two")]
    [InlineData("NOTES=\"set FLAG=x in config\" ENVIRONMENT=staging", "set FLAG=x in config")]
    [InlineData("NOTES=fix ENVIRONMENT=staging", "fix")]
    public void Parse_EscapesNestedQuotesAndPaths_KeepsTheText(string text, string expectedNotes)
    {
        var parsed = ArgumentParser.Parse(text);

        Assert.Empty(parsed.Problems);
        Assert.Equal(expectedNotes, parsed[RequestField.Notes]);
        Assert.Equal("staging", parsed[RequestField.Environment]);
    }

    [Theory]
    [InlineData("NOTES=\"a &amp; b &lt;= c &gt; d\" ENVIRONMENT=staging", "a & b <= c > d")]
    [InlineData("NOTES=\"literal &amp;lt; stays\" ENVIRONMENT=staging", "literal &lt; stays")]
    [InlineData("NOTES=\"see <https://example.com/pr/42>\" ENVIRONMENT=staging", "see <https://example.com/pr/42>")]
    public void Parse_SlackHtmlEscapes_AreDecodedOnce(string text, string expectedNotes)
    {
        var parsed = ArgumentParser.Parse(text);

        Assert.Empty(parsed.Problems);
        Assert.Equal(expectedNotes, parsed[RequestField.Notes]);
    }

    [Theory]
    [InlineData("fix the login loop", "fix the login loop")]
    [InlineData("fix the login loop ENVIRONMENT=prod", "fix the login loop")]
    [InlineData("ENVIRONMENT=prod “fix the login loop”", "fix the login loop")]
    [InlineData("don't log users out ENVIRONMENT=prod", "don't log users out")]
    [InlineData("- fix A\n- fix B ENVIRONMENT=prod", "- fix A\n- fix B")]
    public void Parse_BareWordsWithoutNotesKey_BecomeNotes(string text, string expectedNotes)
    {
        var parsed = ArgumentParser.Parse(text);

        Assert.Empty(parsed.Problems);
        Assert.Equal(expectedNotes, parsed[RequestField.Notes]);
    }

    [Theory]
    [InlineData("NOTES=fix the login loop ENVIRONMENT=prod", "fix the login loop", null)]
    [InlineData("NOTES= fix  the login ENVIRONMENT=prod", "fix  the login", null)]
    [InlineData("NOTES=\"x\" WINDOW=Sat 02:00-04:00 UTC ENVIRONMENT=prod", "x", "Sat 02:00-04:00 UTC")]
    [InlineData("WINDOW=Sat 02:00 UTC ENVIRONMENT=prod NOTES=\"x\"", "x", "Sat 02:00 UTC")]
    [InlineData("ENVIRONMENT=prod WINDOW=tonight fix the login loop", "fix the login loop", "tonight")]
    public void Parse_UnquotedNotesOrWindowFollowedByWords_TakesTheWholePhrase(string text, string notes, string? window)
    {
        var parsed = ArgumentParser.Parse(text);

        Assert.Empty(parsed.Problems);
        Assert.Equal(notes, parsed[RequestField.Notes]);
        Assert.Equal(window, parsed[RequestField.Window]);
        Assert.Equal("prod", parsed[RequestField.Environment]);
    }

    [Fact]
    public void Parse_ClosingQuoteDirectlyFollowedByKey_StillSeparatesThem()
    {
        var parsed = ArgumentParser.Parse("NOTES=\"fix login\"ENVIRONMENT=prod");

        Assert.Empty(parsed.Problems);
        Assert.Equal("fix login", parsed[RequestField.Notes]);
        Assert.Equal("prod", parsed[RequestField.Environment]);
    }

    [Fact]
    public void Parse_TextFarBeyondAnyValidRequest_IsRefusedWithItsLength()
    {
        var parsed = ArgumentParser.Parse("NOTES=" + new string('x', 25_000));

        var problem = Assert.Single(parsed.Problems);
        Assert.StartsWith("The text is 25,006 characters; the limit is 20,000", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BareWordsBesideNotesKey_AnswersWithHint()
    {
        var parsed = ArgumentParser.Parse("NOTES=\"fix login\" ENVIRONMENT=prod also the cache");

        var problem = Assert.Single(parsed.Problems);
        Assert.Equal("Unexpected text \"also the cache\": put it inside NOTES=\"...\" or use KEY=value", problem.Message);
    }

    [Fact]
    public void Parse_UnknownKey_IsNamedWithTheAllowedKeys()
    {
        var parsed = ArgumentParser.Parse("NOTES=x ENVIRONMENT=prod TEAM=payments");

        var problem = Assert.Single(parsed.Problems);
        Assert.Contains("\"TEAM\"", problem.Message, StringComparison.Ordinal);
        Assert.Contains("NOTES, ENVIRONMENT, WINDOW, FLAG", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RepeatedKeyInAnyCase_IsNamed()
    {
        var parsed = ArgumentParser.Parse("ENVIRONMENT=prod NOTES=x environment=staging");

        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(RequestField.Environment, problem.Field);
        Assert.StartsWith("ENVIRONMENT is given more than once", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NOTES=\"fix login ENVIRONMENT=prod")]
    [InlineData("NOTES=“fix login ENVIRONMENT=prod")]
    public void Parse_UnterminatedQuote_IsAProblemAndLaterKeysStillCount(string text)
    {
        var parsed = ArgumentParser.Parse(text);

        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(RequestField.Notes, problem.Field);
        Assert.Contains("never closed", problem.Message, StringComparison.Ordinal);
        Assert.Null(parsed[RequestField.Notes]);
        Assert.Equal("prod", parsed[RequestField.Environment]);
    }

    [Theory]
    [InlineData("NOTES=x ENVIRONMENT=prod FLAG=\"\"")]
    [InlineData("NOTES=x ENVIRONMENT=prod FLAG=“  ”")]
    [InlineData("NOTES=x FLAG= ENVIRONMENT=prod")]
    [InlineData("NOTES=x ENVIRONMENT=prod FLAG=")]
    public void Parse_EmptyValue_MeansAbsent(string text)
    {
        var parsed = ArgumentParser.Parse(text);

        Assert.Empty(parsed.Problems);
        Assert.Null(parsed[RequestField.Flag]);
        Assert.Equal("prod", parsed[RequestField.Environment]);
    }

    [Fact]
    public void Parse_NotesOverLimit_SaysTheActualLengthAndKeepsTheText()
    {
        var notes = new string('a', 4812);

        var parsed = ArgumentParser.Parse($"NOTES=\"{notes}\" ENVIRONMENT=prod");

        var problem = Assert.Single(parsed.Problems);
        Assert.Equal("NOTES is 4,812 characters; the limit is 4,000", problem.Message);
        Assert.Equal(notes, parsed[RequestField.Notes]);
    }

    [Theory]
    [InlineData(RequestField.Window, RequestLimits.MaxWindowLength)]
    [InlineData(RequestField.Flag, RequestLimits.MaxFlagLength)]
    public void Parse_WindowOrFlagOverLimit_IsAProblem(RequestField field, int limit)
    {
        var key = field.ToString().ToUpperInvariant();

        var parsed = ArgumentParser.Parse($"NOTES=x ENVIRONMENT=prod {key}={new string('w', limit + 1)}");

        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(field, problem.Field);
        Assert.Equal($"{key} is {limit + 1:N0} characters; the limit is {limit:N0}", problem.Message);
    }

    [Fact]
    public void Parse_SeveralMistakes_ReportsEveryOneAtOnce()
    {
        var parsed = ArgumentParser.Parse($"NOTES=\"{new string('n', 4001)}\" NOTES=again TEAM=x FLAG='unclosed");

        Assert.Equal(4, parsed.Problems.Count);
        Assert.Contains(parsed.Problems, p => p.Message.Contains("never closed", StringComparison.Ordinal));
        Assert.Contains(parsed.Problems, p => p.Message.Contains("\"TEAM\"", StringComparison.Ordinal));
        Assert.Contains(parsed.Problems, p => p.Message.StartsWith("NOTES is given more than once", StringComparison.Ordinal));
        Assert.Contains(parsed.Problems, p => p.Message.StartsWith("NOTES is 4,001 characters", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n ")]
    public void Parse_NothingTyped_HasNoValuesAndNoProblems(string? text)
    {
        var parsed = ArgumentParser.Parse(text);

        Assert.Empty(parsed.Values);
        Assert.True(parsed.IsValid);
    }
}
