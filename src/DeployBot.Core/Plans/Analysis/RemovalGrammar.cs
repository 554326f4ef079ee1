namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// The one grammar of removals that <see cref="DestructivePatterns"/> (does an item remove something?) and
/// <see cref="RemovedNames"/> (which of its names does it remove?) both read: the verbs, the words that say a thing is
/// gone, the kinds of thing a name may be followed by, and how one verb removes a list ("drops the hstore extension +
/// orders.attrs_hstore col"). Each pattern picks the verbs it needs from here, so a verb or a kind added for one is
/// spelled the same for the other.
/// </summary>
internal static class RemovalGrammar
{
    public const string Drop = "drop|drops|dropped|dropping";

    public const string Remove = "remove|removes|removed|removing";

    public const string Delete = "delete|deletes|deleted|deleting";

    /// <summary>A rename breaks whoever used the old name, but keeps the data.</summary>
    public const string Rename = "rename|renames|renamed|renaming";

    public const string Truncate = "truncate|truncates|truncated";

    public const string Retire = "retire|retires|retired";

    /// <summary>Purging a table deletes what it holds.</summary>
    public const string Purge = "purge|purges|purged|purging";

    public const string Kill = "kill|kills|killed";

    /// <summary>The words that say a thing named before them is gone ("LEGACY_TOKEN_TTL gone", "/saml/acs removed").</summary>
    public const string Gone = "gone|removed|dropped|deleted|retired|killed";

    /// <summary>A kind of thing named beside its name ("the sessions table", "hstore extension", "connection sales_ftp").</summary>
    public const string Kind =
        @"(?:columns?|cols?|tables?|tbls?|index(?:es)?|idx|endpoints?|routes?|settings?|keys?|flags?|env\s+vars?|topics?|queues?|buckets?|views?|extensions?|dags?|connections?|collections?)";

    /// <summary>
    /// Not what is taken out of the documentation, an example or a test ("Removed `--debug` from the examples in the docs"):
    /// the product keeps it. Read after a name with its closing backtick, so the backtick cannot be left out to get past it.
    /// </summary>
    public const string NotInDocs =
        @"(?!`?\s+(?:from|in)\s+(?:the\s+)?(?:docs?|documentation|readme|examples?|comments?|changelog|tests?)\b)";

    /// <summary>What joins the names one verb removes: "X, Y", "X + Y", "X & Y", "X and the Y".</summary>
    public const string And = @"\s*(?:,|\+|&|\band\b)\s*(?:the\s+)?";
}
