using DeployBot.Core.Requests;

// A frozen copy of the parser before the linear-time rewrite (commit f0913a2): the slow, simple oracle that
// ArgumentParserReferenceTests compares the real parser with. Keep it as it is; do not optimise it.
namespace DeployBot.Core.Tests.Requests.Reference;

/// <summary>
/// Walks slash-command text once: <c>KEY=value</c> and <c>KEY = value</c> pairs, quoted or bare values, and loose words.
/// Total: every input ends in pairs, loose text or problems, never an exception.
/// </summary>
internal sealed class ReferenceCommandTextScanner
{
    private readonly string _text;
    private readonly ReferenceArgumentCollector _collector;
    private int _position;

    private ReferenceCommandTextScanner(string text, ReferenceArgumentCollector collector)
    {
        _text = text;
        _collector = collector;
    }

    public static void Scan(string text, ReferenceArgumentCollector collector) => new ReferenceCommandTextScanner(text, collector).ScanAll();

    private void ScanAll()
    {
        // Where the previous loose word or continuable value ended, so joined words keep their own whitespace.
        var previousEnd = -1;
        RequestField? continues = null;
        while (SkipWhitespace() < _text.Length)
        {
            var start = _position;
            if (ReferenceKeyScanner.TryReadKey(_text, start, out var key, out var afterEquals))
            {
                _position = afterEquals;
                var value = ReadValue(key, out var quoted);
                continues = _collector.AddPair(key, value, quoted);
                previousEnd = continues is null ? -1 : _position;
                continue;
            }

            var word = ReadLooseWord();
            var separator = previousEnd >= 0 ? _text[previousEnd..start] : " ";
            _collector.AddLooseText(word, separator, continues);
            previousEnd = _position;
        }
    }

    private int SkipWhitespace()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }

        return _position;
    }

    private string? ReadValue(string key, out bool quoted)
    {
        quoted = true;
        var afterEquals = _position;
        SkipWhitespace();
        var skippedSpace = _position > afterEquals;
        if (_position >= _text.Length || (skippedSpace && ReferenceKeyScanner.IsKnownKeyAt(_text, _position)))
        {
            return string.Empty; // "FLAG= ENVIRONMENT=prod": an empty value, which means absent.
        }

        if (!ReferenceQuoteMarks.IsOpener(_text[_position]))
        {
            quoted = false;
            return ReadUntilWhitespace();
        }

        if (ReferenceQuotedValue.TryRead(_text, _position) is { } value)
        {
            _position = value.End;
            return value.Text;
        }

        var opener = _text[_position];
        _position = ReferenceKeyScanner.NextKeyOrEnd(_text, _position + 1);
        _collector.AddProblem(
            RequestSyntax.TryParseKey(key, out var field) ? field : null,
            $"{key.ToUpperInvariant()} opens a quote with {opener} that is never closed; close it, for example {key.ToUpperInvariant()}=\"...\"");
        return null;
    }

    private string ReadLooseWord()
    {
        if (ReferenceQuoteMarks.IsOpener(_text[_position]) && ReferenceQuotedValue.TryRead(_text, _position) is { } quoted)
        {
            _position = quoted.End;
            return quoted.Text;
        }

        // A lone apostrophe in loose words ("don't", "'tis") is just text.
        return ReadUntilWhitespace();
    }

    private string ReadUntilWhitespace()
    {
        var start = _position;
        while (_position < _text.Length && !char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }

        return _text[start.._position];
    }
}
