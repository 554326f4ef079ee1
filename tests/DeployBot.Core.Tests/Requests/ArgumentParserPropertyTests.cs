using CsCheck;
using DeployBot.Core.Requests;

namespace DeployBot.Core.Tests.Requests;

public sealed class ArgumentParserPropertyTests
{
    // Characters that stress the grammar: every quote mark, escapes, "=", entities, whitespace of several kinds.
    private const string Tricky = "\"'“”‘’„‚\\=&;<>\n\r\t \u00A0ltgampNOTESenvironmentFLAGwindow-_.:x2é漢🚀";

    private static readonly Gen<string> TrickyText = Gen.Char[Tricky].Array[0, 60].Select(chars => new string(chars));

    // WINDOW must also read as a window still ahead, so its tricky quoting and spacing go around a real one; letters
    // and digits are left out of the tail, where they could spell a second time or zone.
    private static readonly Gen<string> WindowText = Gen.Select(
        Gen.OneOf(Gen.Const("Sat 22:00-23:00 UTC"), Gen.Const("2h"), Gen.Const("now until 03:00 UTC"), Gen.Const("22:00–01:00 Europe/Berlin")),
        Gen.Char["\"'“”‘’„‚\\=&;<>\n\r\t \u00A0-_.:é漢🚀"].Array[0, 30].Select(chars => new string(chars)),
        (window, tail) => $"{tail} {window} {tail}");

    private static readonly Gen<string> KeyLikeText = Gen.OneOf(
        TrickyText,
        Gen.Const("FLAG=x"),
        Gen.Const("NOTES=\""),
        Gen.Const(" ENVIRONMENT=prod "),
        Gen.Const("\\\""),
        Gen.Const("” WINDOW=“"),
        Gen.Const("&amp;lt;"));

    private static readonly Gen<string> AnyText = Gen.OneOf(
        Gen.String,
        TrickyText,
        KeyLikeText.Array[1, 6].Select(parts => string.Concat(parts)));

    [Fact]
    public void Parse_AnyString_NeverThrowsAndAlwaysAnswers()
    {
        AnyText.Sample(text =>
        {
            var parsed = ArgumentParser.Parse(text);

            Assert.NotNull(parsed.Values);
            Assert.All(parsed.Problems, problem => Assert.False(string.IsNullOrWhiteSpace(problem.Message)));
            Assert.All(parsed.Values.Values, value => Assert.Equal(value.Trim(), value));
        }, iter: 5_000);
    }

    [Fact]
    public void ParseShellArguments_AnyArguments_NeverThrow()
    {
        AnyText.Array[0, 5].Sample(arguments =>
        {
            var parsed = ArgumentParser.ParseShellArguments(arguments);

            Assert.NotNull(parsed.Problems);
        }, iter: 2_000);
    }

    [Fact]
    public void FormatThenParseThenResolve_AnyValidRequest_GivesTheSameRequest()
    {
        ValidRequests().Sample(request =>
        {
            var text = ArgumentFormatter.Format(request);

            var resolution = RequestResolver.Resolve(ArgumentParser.Parse(text), TestEnvironments.Catalog, RequestResolverTests.Now);

            Assert.True(resolution.IsComplete, $"{text} => {ArgumentProblems.ToOneLine(resolution)}");
            Assert.Equal(request, resolution.Request);
        }, iter: 3_000);
    }

    private static Gen<DeploymentRequest> ValidRequests()
    {
        var notes = KeyLikeText.Array[1, 8].Select(parts => string.Concat(parts).Trim()).Where(text => text.Length > 0);
        var longNotes = Gen.Const(new string('n', RequestLimits.MaxNotesLength - 2) + "\"\\");
        // WINDOW and FLAG are single lines (issue 19): a value with a line break or control character is refused, not valid.
        var window = WindowText.Select(text => text.Trim()).Where(text => text.Length is > 0 and <= RequestLimits.MaxWindowLength && SingleLineFields.IsSingleLine(text));
        var flag = Gen.OneOf(Gen.Const("checkout-v2"), Gen.Const("ops.login_refresh"), TrickyText.Select(text => text.Trim()))
            .Where(text => text.Length is > 0 and <= RequestLimits.MaxFlagLength && SingleLineFields.IsSingleLine(text));
        var environment = Gen.OneOf("staging", "production");

        // Production requires a WINDOW, so those requests always carry one.
        return Gen.Select(Gen.Frequency<string>((9, notes), (1, longNotes)), environment, window.Null(), flag.Null(), window)
            .Select((n, e, w, f, requiredWindow) => new DeploymentRequest(n, e, e == "production" ? w ?? requiredWindow : w, f));
    }
}
