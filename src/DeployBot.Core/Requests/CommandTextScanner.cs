namespace DeployBot.Core.Requests;

/// <summary>
/// Walks slash-command text once: <c>KEY=value</c> and <c>KEY = value</c> pairs, quoted or bare values, and loose words.
/// Total: every input ends in pairs, loose text or problems, never an exception.
/// </summary>
internal sealed class CommandTextScanner
{
    private readonly string _text;
    private readonly ArgumentCollector _collector;
    private int _position;

    // Found on the first quote, then shared by every quote of the text: each lookup is a binary search, not a rescan.
    private QuoteClosers? _closers;

    private CommandTextScanner(string text, ArgumentCollector collector)
    {
        _text = text;
        _collector = collector;
    }

    public static void Scan(string text, ArgumentCollector collector) => new CommandTextScanner(text, collector).ScanAll();

    private void ScanAll()
    {
        // Where the previous loose word or continuable value ended, so joined words keep their own whitespace.
        var previousEnd = -1;
        RequestField? continues = null;
        while (SkipWhitespace() < _text.Length)
        {
            var start = _position;
            if (KeyScanner.TryReadKey(_text, start, out var key, out var afterEquals))
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
        if (_position >= _text.Length || (skippedSpace && KeyScanner.IsKnownKeyAt(_text, _position)))
        {
            return string.Empty; // "FLAG= ENVIRONMENT=prod": an empty value, which means absent.
        }

        if (!QuoteMarks.IsOpener(_text[_position]))
        {
            quoted = false;
            return ReadUntilWhitespace();
        }

        if (ReadQuoted() is { } value)
        {
            _position = value.End;
            return value.Text;
        }

        var opener = _text[_position];
        _position = KeyScanner.NextKeyOrEnd(_text, _position + 1);
        _collector.AddProblem(
            RequestSyntax.TryParseKey(key, out var field) ? field : null,
            $"{key.ToUpperInvariant()} opens a quote with {opener} that is never closed; close it, for example {key.ToUpperInvariant()}=\"...\"");
        return null;
    }

    private string ReadLooseWord()
    {
        if (QuoteMarks.IsOpener(_text[_position]) && ReadQuoted() is { } quoted)
        {
            _position = quoted.End;
            return quoted.Text;
        }

        // A lone apostrophe in loose words ("don't", "'tis") is just text.
        return ReadUntilWhitespace();
    }

    private QuotedValue? ReadQuoted() => QuotedValue.TryRead(_text, _closers ??= QuoteClosers.Find(_text), _position);

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
