using System.Globalization;
using System.Text;

using DeployBot.Core.Requests;

// A frozen copy of the parser before the linear-time rewrite (commit f0913a2): the slow, simple oracle that
// ArgumentParserReferenceTests compares the real parser with. Keep it as it is; do not optimise it.
namespace DeployBot.Core.Tests.Requests.Reference;

/// <summary>
/// Gathers the pairs and loose words one input produced and turns them into <see cref="ParsedArguments"/>,
/// collecting every problem instead of stopping at the first.
/// </summary>
internal sealed class ReferenceArgumentCollector
{
    private const int ExcerptLength = 40;

    private readonly Dictionary<RequestField, string> _values = [];
    private readonly HashSet<RequestField> _seen = [];
    private readonly HashSet<RequestField> _repeated = [];
    private readonly List<string> _unknownKeys = [];
    private readonly List<ArgumentProblem> _problems = [];
    private readonly List<LooseWords> _looseWords = [];

    /// <summary>
    /// Records <c>KEY=value</c>; a null value means the key was given but its value could not be read.
    /// Returns the field that loose words right after this value may continue (see <see cref="AddLooseText"/>), if any.
    /// </summary>
    public RequestField? AddPair(string key, string? value, bool quoted = true)
    {
        if (!RequestSyntax.TryParseKey(key, out var field))
        {
            _unknownKeys.Add(key);
            return null;
        }

        if (!_seen.Add(field))
        {
            _repeated.Add(field);
            return null;
        }

        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        _values[field] = trimmed;
        return !quoted && field is RequestField.Notes or RequestField.Window ? field : null;
    }

    /// <summary>
    /// Records words that belong to no key; <paramref name="separator"/> joins them to the previous words.
    /// <paramref name="continues"/> names the unquoted NOTES or WINDOW value they directly follow:
    /// <c>NOTES=fix the login</c> and <c>WINDOW=Sat 02:00 UTC</c> mean the whole phrase once NOTES is given by key.
    /// </summary>
    public void AddLooseText(string text, string separator, RequestField? continues = null) =>
        _looseWords.Add(new LooseWords(text, separator, continues));

    public void AddProblem(RequestField? field, string message) => _problems.Add(new ArgumentProblem(field, message));

    public ParsedArguments Build()
    {
        ReportUnknownKeys();
        ReportRepeatedKeys();
        PlaceLooseText();
        ReportOverLongValues();
        return new ParsedArguments(new Dictionary<RequestField, string>(_values), _problems.ToArray());
    }

    /// <summary>"…" after the first <see cref="ExcerptLength"/> characters, newlines as spaces: for one-line answers.</summary>
    internal static string Excerpt(string text)
    {
        var flat = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= ExcerptLength ? flat : string.Concat(flat.AsSpan(0, ExcerptLength), "…");
    }

    private void ReportUnknownKeys()
    {
        if (_unknownKeys.Count == 0)
        {
            return;
        }

        var names = string.Join(", ", _unknownKeys.Distinct(StringComparer.OrdinalIgnoreCase).Select(k => $"\"{Excerpt(k)}\""));
        var noun = _unknownKeys.Count == 1 ? "key" : "keys";
        _problems.Add(new ArgumentProblem(
            null,
            $"Unknown {noun} {names}: the keys are {RequestSyntax.AllowedKeys} (put text containing \"=\" inside NOTES=\"...\")"));
    }

    private void ReportRepeatedKeys()
    {
        foreach (var field in _repeated.Order())
        {
            _problems.Add(new ArgumentProblem(field, $"{RequestSyntax.KeyName(field)} is given more than once; give each key once"));
        }
    }

    private void PlaceLooseText()
    {
        var notesGiven = _seen.Contains(RequestField.Notes);
        var pool = new StringBuilder();
        foreach (var words in _looseWords)
        {
            if (notesGiven && words.Continues is { } field && _values.TryGetValue(field, out var value))
            {
                _values[field] = value + words.Separator + words.Text;
            }
            else
            {
                pool.Append(pool.Length > 0 ? words.Separator : string.Empty).Append(words.Text);
            }
        }

        var text = pool.ToString().Trim();
        if (text.Length == 0)
        {
            return;
        }

        if (notesGiven)
        {
            _problems.Add(new ArgumentProblem(
                null,
                $"Unexpected text \"{Excerpt(text)}\": put it inside NOTES=\"...\" or use KEY=value"));
            return;
        }

        // People type "/deploy-plan fix the login loop": loose words are the release notes.
        _values[RequestField.Notes] = text;
    }

    private void ReportOverLongValues()
    {
        foreach (var (field, value) in _values.OrderBy(pair => pair.Key))
        {
            if (RequestSyntax.MaxLength(field) is { } limit && value.Length > limit)
            {
                _problems.Add(new ArgumentProblem(field, TooLongMessage(field, value.Length, limit)));
            }
        }
    }

    private sealed record LooseWords(string Text, string Separator, RequestField? Continues);

    internal static string TooLongMessage(RequestField field, int length, int limit) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{RequestSyntax.KeyName(field)} is {length:N0} characters; the limit is {limit:N0}");
}
