using CsCheck;
using DeployBot.Core.Requests;
using DeployBot.Core.Tests.Requests.Reference;

namespace DeployBot.Core.Tests.Requests;

/// <summary>
/// The parser finds each closing quote by lookup instead of rescanning the rest of the text; these check that it still
/// reads every input exactly as the simple rescanning parser did (kept in Reference/ as the oracle).
/// </summary>
public sealed class ArgumentParserReferenceTests
{
    private const string JunkUnit = "=\"KEY=\" \u201cNOTES=\u201d ENVIRONMENT ";

    // Pieces that move the closing-quote choice: every quote mark, escapes, keys with and without spaces, loose words.
    private static readonly string[] Words =
    [
        "NOTES=", "notes=", "ENVIRONMENT", "ENVIRONMENT = ", "WINDOW=", "FLAG=", "KEY=", "x-y=", "=", "\\\"", "\\\\",
        "\\'", "\\“", "don't", "C:\\run.ps1", "&amp;", "&quot;", "prod", "fix the login", " ", "  ", "\" ", "” ", "' ",
    ];

    private static readonly Gen<string> Piece = Gen.OneOf(
        Gen.Char["\"'“”‘’„‚\\= \n\t\u00A0xé"].Select(c => c.ToString()),
        Gen.Int[0, Words.Length - 1].Select(i => Words[i]));

    private static readonly Gen<string> Junk = Piece.Array[0, 80].Select(pieces => string.Concat(pieces));

    [Fact]
    public void Parse_JunkOfQuotesKeysAndEscapes_ReadsLikeTheReferenceParser()
    {
        Junk.Sample(text => AssertSameAsReference(text), iter: 20_000);
    }

    [Fact]
    public void Parse_AnyString_ReadsLikeTheReferenceParser()
    {
        Gen.OneOf(Gen.String, Gen.Char["\"'“”‘’\\= Nx"].Array[0, 40].Select(chars => new string(chars)))
            .Sample(text => AssertSameAsReference(text), iter: 5_000);
    }

    [Theory]
    [InlineData("NOTES=\"fix ENVIRONMENT=staging")]
    [InlineData("NOTES=“fix” ENVIRONMENT=staging WINDOW=‘tonight")]
    [InlineData("NOTES=\"say \\\"hi\\\" ENVIRONMENT=staging\" FLAG=\\\"x")]
    [InlineData("NOTES=\"set FLAG=x in config\" FLAG=\"y\" ENVIRONMENT=staging")]
    [InlineData("NOTES=\"a \"b\" c\" ENVIRONMENT=\"staging\"extra WINDOW=")]
    [InlineData("NOTES=fix ENVIRONMENT=staging FLAG=")]
    [InlineData("KEY=")]
    [InlineData("\"\"\"\"\"\"\"")]
    [InlineData("\\\\\\\"a\" \\\\\"b\" NOTES=\\\\\\\"")]
    [InlineData("'tis don't 'quote' ‚low‘ „low“ NOTES= ' ENVIRONMENT = prod")]
    public void Parse_TrickyQuotesAndKeys_ReadsLikeTheReferenceParser(string text) => AssertSameAsReference(text);

    [Theory]
    [InlineData(10)]
    [InlineData(200)]
    [InlineData(689)] // ~20,000 characters, the text limit
    public void Parse_RepeatedBenchmarkJunk_ReadsLikeTheReferenceParser(int repeats) =>
        AssertSameAsReference(string.Concat(Enumerable.Repeat(JunkUnit, repeats)));

    [Fact]
    public void Parse_ManyQuotesThatNeverClose_ReportsEachAndKeepsTheKeysBetween()
    {
        // „ opens a double quote but never closes one, so every value here is unclosed.
        var text = string.Concat(Enumerable.Repeat("NOTES=„x ENVIRONMENT=staging FLAG=„y ", 300));

        var parsed = ArgumentParser.Parse(text);

        Assert.Equal("staging", parsed[RequestField.Environment]);
        Assert.Null(parsed[RequestField.Notes]);
        Assert.Contains(parsed.Problems, p => p.Field == RequestField.Notes && p.Message.Contains("never closed", StringComparison.Ordinal));
        Assert.Contains(parsed.Problems, p => p.Field == RequestField.Flag && p.Message.Contains("never closed", StringComparison.Ordinal));
        AssertSameAsReference(text);
    }

    [Fact]
    public void Parse_UnquotedNotesFollowedByManyWords_KeepsTheWholePhrase()
    {
        var words = string.Join(' ', Enumerable.Range(1, 600).Select(i => $"w{i}"));

        var parsed = ArgumentParser.Parse($"NOTES=fix {words}\tENVIRONMENT=staging");

        Assert.Empty(parsed.Problems);
        Assert.Equal($"fix {words}", parsed[RequestField.Notes]);
        Assert.Equal("staging", parsed[RequestField.Environment]);
    }

    private static void AssertSameAsReference(string text)
    {
        var expected = ReferenceArgumentParser.Parse(text);

        var actual = ArgumentParser.Parse(text);

        Assert.Equal(expected.Values.OrderBy(pair => pair.Key), actual.Values.OrderBy(pair => pair.Key));
        Assert.Equal(expected.Problems, actual.Problems);
    }
}
