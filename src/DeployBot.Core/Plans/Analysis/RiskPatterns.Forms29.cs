using System.Text.RegularExpressions;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Forms of English release notes read in session 29, one pattern per area (each a part of that area's pattern), and what
/// only looks like an area. Data: stored records of a kind all removed ("This removes all existing comments"), existing
/// records that "have been migrated", everything of a kind rebuilt ("rebuilds all content items"), and a column's SQL type
/// changed ("Use `uuid` data type for the `correlation_id` column", read with <see cref="ColumnTypeChange"/>). Breaking: a
/// capability the product "has stopped supporting", and a floor of a named tool given with backticks or a comparison
/// ("minimum `ansible-core` version to `>=2.16.0`"). Infra: the .NET floor ("<c>.NET 8 is now the minimum supported
/// version</c>") and an Ansible collection's controller floor. Not breaking: a changelog telling what it lists ("This
/// changelog contains all breaking changes … added after the previous release"). Not auth: template placeholders called
/// tokens ("<c>{leadfield=...}</c> tokens") and Erlang/OTP.
/// </summary>
internal static partial class RiskPatterns
{
    /// <summary>
    /// Everything of a kind the release deletes ("This removes all existing comments and notifications", "deletes all stored
    /// drafts"): data gone, so also destructive (<see cref="DestructivePatterns.IsDestructive"/>). Not limits, checks or
    /// settings ("removes all existing restrictions on uploads").
    /// </summary>
    [GeneratedRegex("""
        \b(?:remov|delet|eras|drop|wip|purg)\w*\s+all\s+(?:the\s+|of\s+the\s+|your\s+)?(?:existing|stored|saved|previous|old|current)\s+
          (?!(?:limitations?|limits?|restrictions?|warnings?|workarounds?|references?|usages?|calls?|checks?|code|hacks?|deprecat\w*|logic|overrides?|handlers?|settings?|options?|config\w*|flags?|constraints?\s+on|dependenc\w*|imports?|tests?)\b)[a-z]{3,}\b
        """, Options, TimeoutMs)]
    internal static partial Regex AllStoredRemoved();

    [GeneratedRegex("""
          \b(?:existing|stored|all\s+current)\s+(?!(?:tests?|docs?|documentation|code|examples?|pages?|ci|workflows?|scripts?|integrations?|plugins?)\b)[^.;\n]{0,40}?\b(?:have|has)\s+(?:now\s+)?been\s+(?:automatically\s+)?(?:migrated|converted|rewritten|re-?encrypted|re-?hashed)\b
        | \brebuild(?:s|ing)?\s+all\s+(?:of\s+)?(?:the\s+|your\s+|existing\s+)?(?!(?:docker\s+)?(?:images?|containers?|packages?|binaries|wheels?|artifacts?|bundles?|plugins?|modules?|dependencies|targets?|crates?|projects?|docs|documentation|assets?\s+(?:for|on)\b)\b)[a-z]{3,}
        """, Options, TimeoutMs)]
    private static partial Regex DataForms29();

    /// <summary>
    /// A column moved to another SQL type ("Use `uuid` data type for event `correlation_id`", "Use `timestamp with time zone`
    /// for timestamp fields", "switch the `id` columns to bigint"): with a database in sight, a schema change whose
    /// stored values the migration converts. Not a kind of operation a migration linter rates ("Changing a `string` column
    /// to a `citext` column is now safe"): the release changes no column.
    /// </summary>
    [GeneratedRegex($$"""
          \b(?:use|uses|using)\s+(?:an?\s+|the\s+)?`?{{SqlType}}`?(?:\s+(?:data\s+type|type|columns?|fields?))?\s+(?:for|on|in)\b
        | \b(?:switch|switches|switched|change|changes|changed|convert|converts|converted)\s+(?:the\s+|all\s+)?(?:[\w`.-]+\s+){0,3}?(?:columns?|fields?)\s+(?:from\s+`?\w+`?\s+)?to\s+(?:an?\s+|the\s+)?`?{{SqlType}}
        """, Options, TimeoutMs)]
    internal static partial Regex ColumnTypeChange();

    private const string SqlType = @"(?:uuid|timestamptz|timestamp\s+with(?:out)?\s+time\s+zone|jsonb|bigint|bigserial|numeric|bytea|citext)";

    [GeneratedRegex("""
          \b(?:has|have)\s+(?:now\s+)?stopped\s+supporting\b | \bstops\s+supporting\b
        | \bminimum\s+(?:supported\s+|required\s+)?`[\w.-]+`\s+version\s+(?:is\s+now|now|to|is)\s+`?(?:>=?\s*)?v?\d
        """, Options, TimeoutMs)]
    private static partial Regex BreakingForms29();

    [GeneratedRegex("""
          (?<![\w.])\.net\s+(?:core\s+|framework\s+|standard\s+)?v?\d+(?:\.\d+)*\s+(?:is\s+)?(?:now\s+)?(?:the\s+)?(?:new\s+)?minimum\b
        | \bminimum\s+(?:supported\s+|required\s+)?`?ansible(?:-core)?`?\s+version\b | \brequires_ansible\b
        | \b(?:bump\w*|rais\w*|increas\w*|updat\w*)\s+(?:the\s+)?(?:minimum\s+)?(?:elixir|erlang(?:/otp)?|php|python|ruby|node(?:\.?js)?|java|jdk|perl|dotnet)\s+(?:version\s+)?requirements?\s+to\s+v?\d
        """, Options, TimeoutMs)]
    private static partial Regex InfraForms29();

    /// <summary>
    /// <paramref name="text"/> as the breaking area reads it, without a changelog's description of itself ("This changelog
    /// contains all breaking changes to the modules in this collection that have been added after the previous release",
    /// written at the top of every release of a generated changelog): it says what the list would hold, not that it holds any.
    /// </summary>
    internal static string WithoutChangelogScope(string text) => ChangelogScope().Replace(text, " ");

    [GeneratedRegex(@"\bthis\s+(?:changelog|change\s+log|document|list)\s+(?:contains|describes|lists|covers)\s+all\s+(?:the\s+)?(?:notable\s+|breaking\s+)?changes\b[^.\n]*", Options, TimeoutMs)]
    private static partial Regex ChangelogScope();

    /// <summary>
    /// In a fix, a thing named by the state it is in ("re-subscribing to deleted queues", "a crash for removed users"): where
    /// the bug showed, not something the release removes.
    /// </summary>
    internal static string WithoutRemovedState(string text) => RemovedState().Replace(text, " ");

    [GeneratedRegex(@"\b(?:to|for|of|on|from|with|by|into|against|in)\s+(?:the\s+|a\s+|an\s+|already\s+)?(?:deleted|removed|dropped|renamed)\s+[\w-]+", Options, TimeoutMs)]
    private static partial Regex RemovedState();

    /// <summary>
    /// Template placeholders called tokens ("<c>{leadfield=...}</c> tokens were removed", "use <c>{contactfield=...}</c>
    /// tokens instead") and Erlang/OTP: no credential and no one-time password.
    /// </summary>
    internal static string WithoutNonAuth29(string text) => NonAuthTokens().Replace(text, " ");

    [GeneratedRegex(@"\{[^{}\n]{1,60}\}\s+tokens?\b | \berlang[\s/-]+otp\b", Options, TimeoutMs)]
    private static partial Regex NonAuthTokens();
}
