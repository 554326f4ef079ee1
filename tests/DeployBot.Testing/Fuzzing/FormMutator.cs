namespace DeployBot.Testing.Fuzzing;

/// <summary>
/// Applies <see cref="FormMutation"/>s to a real <c>application/x-www-form-urlencoded</c> body: field mutations on the
/// decoded pairs (drop, repeat, hostile key or value, empty value), then raw mutations on the encoded text (stray
/// <c>%</c>, <c>&amp;</c> or <c>=</c>, truncation) that no encoder would produce.
/// </summary>
public static class FormMutator
{
    private static readonly string[] Breakers = ["%", "%Z", "%zz", "&", "=", "&=&", "%00", "%C3", "%F0%9F", "+", "\u00e9", "\n"];

    public static string Apply(string body, IEnumerable<FormMutation> mutations)
    {
        ArgumentNullException.ThrowIfNull(body);
        var all = mutations.ToArray();
        var fields = Decode(body);
        foreach (var mutation in all.Where(m => !IsRaw(m.Kind)))
        {
            MutateField(fields, mutation);
        }

        var text = Encode(fields);
        foreach (var mutation in all.Where(m => IsRaw(m.Kind)))
        {
            var at = text.Length == 0 ? 0 : JsonMutator.Index(mutation.Target, text.Length);
            text = mutation.Kind == FormMutationKind.Truncate ? text[..at] : text.Insert(at, Breakers[JsonMutator.Index(mutation.Pick, Breakers.Length)]);
        }

        return text;
    }

    /// <summary>The body's pairs, decoded, in order (repeated keys kept).</summary>
    public static List<KeyValuePair<string, string>> Decode(string body) =>
        body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(parts => KeyValuePair.Create(Unescape(parts[0]), parts.Length > 1 ? Unescape(parts[1]) : string.Empty))
            .ToList();

    public static string Encode(IEnumerable<KeyValuePair<string, string>> fields) =>
        string.Join('&', fields.Select(f => $"{Escape(f.Key)}={Escape(f.Value)}"));

    private static bool IsRaw(FormMutationKind kind) => kind is FormMutationKind.BreakEncoding or FormMutationKind.Truncate;

    private static void MutateField(List<KeyValuePair<string, string>> fields, FormMutation mutation)
    {
        if (fields.Count == 0)
        {
            return;
        }

        var i = JsonMutator.Index(mutation.Target, fields.Count);
        var hostile = HostileText.All[JsonMutator.Index(mutation.Pick, HostileText.All.Count)];
        switch (mutation.Kind)
        {
            case FormMutationKind.RemoveField:
                fields.RemoveAt(i);
                break;
            case FormMutationKind.DuplicateField:
                fields.Insert(i, KeyValuePair.Create(fields[i].Key, hostile));
                break;
            case FormMutationKind.HostileValue:
                fields[i] = KeyValuePair.Create(fields[i].Key, hostile);
                break;
            case FormMutationKind.HostileKey:
                fields[i] = KeyValuePair.Create(hostile, fields[i].Value);
                break;
            case FormMutationKind.EmptyValue:
                fields[i] = KeyValuePair.Create(fields[i].Key, string.Empty);
                break;
        }
    }

    // Lone surrogates cannot be percent-encoded as UTF-8; encode them as U+FFFD like a browser would.
    private static string Escape(string value) =>
        Uri.EscapeDataString(value.Replace("\uD800", "\uFFFD", StringComparison.Ordinal).Replace("\uDC00", "\uFFFD", StringComparison.Ordinal))
            .Replace("%20", "+", StringComparison.Ordinal);

    private static string Unescape(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));
}
