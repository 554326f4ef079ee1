using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>
/// A name the notes give as a piece of code: a method, function, class, module or argument of a library ("`connect()`",
/// "`Stripe::Checkout::Session`", "Remove kafka.client_async / kafka.conn legacy modules", "the `tag` kwarg"). Removing
/// one breaks the code that calls it, which the build and the tests find, not clients in the access logs; and it holds
/// no data, so no snapshot brings it back: the previous version does.
/// </summary>
internal static partial class CodeNames
{
    /// <param name="name">A name the item removes.</param>
    /// <param name="item">The item's text.</param>
    /// <param name="holdsData">
    /// The item changes stored data: there "the Invoice class" may be a model and its table, so only a name shaped like code
    /// or called a method, function, module, exception, decorator or keyword argument counts.
    /// </param>
    public static bool Is(string name, string item, bool holdsData)
    {
        if (name.StartsWith('/') || name.StartsWith("--", StringComparison.Ordinal) || NotesFacts.IsSettingName(name) || NotesFacts.IsFilePath(name))
        {
            return false;
        }

        if (Shaped().IsMatch(name))
        {
            return true;
        }

        var escaped = Regex.Escape(name.Trim('`', '"', '\''));
        // "drop table payment_events", "remove config key payments.retry_interval": the notes say what kind of thing it is.
        if (Regex.IsMatch(item, $@"\b{DataKind}\s+(?:[\w-]+\s+)?[`""']*{escaped}(?![\w.-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Timeout))
        {
            return false;
        }

        // Where data may be stored the kind must follow the name at once: "drop column users.legacy_hash and its helper
        // methods" drops a column, and "Drop table payment_events, remove retry callbacks" a table.
        if (holdsData)
        {
            return Regex.IsMatch(item, $@"\b{CallableKind}\s+[`""']*{escaped}(?![\w.-])|(?<![\w.-]){escaped}[`""']*\s+{CallableKind}\b",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Timeout);
        }

        // "`payment_method_configuration` on `BillingPortal::Configuration`": a member of a type of the code is code too.
        return Regex.IsMatch(item, $@"\b{CodeKind}\s+[`""']*{escaped}(?![\w.-])|(?<![\w.-]){escaped}[`""']*{More}(?:\s+{Between}){{0,2}}\s+{CodeKind}\b|(?<![\w.-]){escaped}[`""']*\s+(?:on|of)\s+[`""']*[\w.]*(?:::|\(\))",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Timeout);
    }

    /// <summary>
    /// A data type the item changes a field from or to ("Change type of `X` from `string` to `nullable(string)`"): the type is
    /// no name the release removes.
    /// </summary>
    public static bool IsTypeName(string name, string item) => TypeName().IsMatch(name) && TypeWord().IsMatch(item);

    [GeneratedRegex(@"^(?:string|str|int|integer|long|bool|boolean|float|double|number|decimal|bigint|smallint|text|varchar|char|bytes?|uuid|date|datetime|timestamp|timestamptz|json|jsonb|array|object|map|list|dict|any|null|nil|none|nullable|optional)(?:\(\w*\)|\[\])?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex TypeName();

    [GeneratedRegex(@"\btypes?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex TypeWord();

    /// <summary>What only code has: a namespace separator (<c>Foo::Bar</c>) or a call's brackets (<c>connect()</c>, <c>serialize(headers)</c>).</summary>
    [GeneratedRegex(@"::|^[A-Za-z_][\w.:]*\([^()\s]*\)$", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Shaped();

    private const string CallableKind = @"(?:methods?|functions?|modules?|exceptions?|decorators?|kwargs?|keyword[\s-]+(?:only\s+)?arguments?|callbacks?|mixins?)";

    private const string CodeKind = @"(?:methods?|functions?|class(?:es)?|modules?|exceptions?|decorators?|kwargs?|keyword[\s-]+(?:only\s+)?arguments?|callbacks?|mixins?|helpers?|traits?|interfaces?|constants?|type\s+aliases?)";

    /// <summary>Further names listed with it: "kafka.client_async / kafka.conn", "``escape_dict``, ``escape_sequence``, and ``escape_string``".</summary>
    private const string More = @"(?:\s*(?:/|,|&|\band\b)(?:\s*\band\b)?\s*[`""']*[\w.:()-]+[`""']*)*";

    /// <summary>A word between the names and their kind ("legacy", "deprecated"): never another kind of thing, a clause's start or a preposition.</summary>
    private const string Between = @"(?!(?:columns?|tables?|index(?:es)?|collections?|endpoints?|routes?|paths?|settings?|keys?|flags?|topics?|queues?|buckets?|views?|fields?|options?|from|the|its|their|of|in|on|to|for|with|and|or|remove\w*|drop\w*|delete\w*)\b)[\w-]+";

    /// <summary>A kind of thing that is not code: stored data, a route, a setting.</summary>
    private const string DataKind = @"(?:columns?|cols?|tables?|index(?:es)?|collections?|endpoints?|routes?|settings?|keys?|flags?|topics?|queues?|buckets?|views?|fields?|env\s+vars?)";
}
