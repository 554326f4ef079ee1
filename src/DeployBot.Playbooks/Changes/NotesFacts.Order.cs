using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>The order the notes state for their services, which wins over the order they happen to name them in.</summary>
internal sealed partial record NotesFacts
{
    /// <summary>
    /// Services in the order the notes state, or else in the order they name them with "A after B" turned around so B
    /// comes first. A stated order is "order: notifier-svc up, lag at 0, then platform-api", a numbered list under
    /// "deploy order" ("1. ledger-svc … 2. api-gateway … 3. web"), "X first, then Y" or "deploy Y only after X"; a name in
    /// such a list is a service even without a -svc or -api suffix ("web").
    /// </summary>
    private static IReadOnlyList<string> ServiceOrder(string notes)
    {
        // "[migration guide](../usage/webhooks.md#migrating-from-the-legacy-djstripewebhooks-api)", "https://…/pull/3055": where a
        // link points is no service the release ships, whatever its anchor ends with.
        notes = LinkTarget().Replace(notes, " ");
        // Under a release's own version heading, "urllib3 2.2.1" is a dependency the changelog names, not a service it ships.
        var versioned = HeadingVersion(notes) is null ? VersionedName().Matches(notes).Select(m => m.Groups["name"].Value) : [];
        var stated = StatedServiceOrder(notes);
        var order = Distinct(Service().Matches(notes).Select(m => m.Value)
            .Concat(versioned.Where(name => !Runtime().IsMatch(name)))
            .Concat(stated)
            .Where(name => !NotShipped(notes, name) && !ProseFragment(name))
            .OrderBy(name => FirstMention(notes, name))).ToList();
        foreach (Match after in After().Matches(notes))
        {
            MoveBefore(order, after.Groups["b"].Value, after.Groups["a"].Value);
        }

        // "ml-scoring: python 3.9 -> 3.12, …": typed notes that name no service otherwise are headed by the one they ship.
        if (order.Count == 0 && Subject().Match(notes) is { Success: true } subject)
        {
            return [subject.Groups["name"].Value];
        }

        // The stated services take the places they hold, in the stated order; the others stay where they are.
        var slots = order.Select((name, index) => (name, index)).Where(pair => stated.Contains(pair.name, StringComparer.OrdinalIgnoreCase)).Select(pair => pair.index).ToArray();
        var inOrder = stated.Where(name => order.Contains(name, StringComparer.OrdinalIgnoreCase)).ToArray();
        for (var i = 0; i < slots.Length && i < inOrder.Length; i++)
        {
            order[slots[i]] = inOrder[i];
        }

        return order;
    }

    /// <summary>The services of the first explicit order the notes state, in that order; empty when they state none.</summary>
    internal static IReadOnlyList<string> StatedServiceOrder(string notes)
    {
        if (OrderLine().Match(notes) is { Success: true } line)
        {
            var named = ServiceOrBare().Matches(line.Groups["list"].Value).Select(m => m.Value).Where(name => Service().IsMatch(name)).Distinct().ToArray();
            if (named.Length >= 2)
            {
                return named;
            }
        }

        if (NumberedOrder(notes) is { Count: >= 2 } numbered)
        {
            return numbered;
        }

        if (FirstThen().Match(notes) is { Success: true } firstThen)
        {
            return [firstThen.Groups["a"].Value, firstThen.Groups["b"].Value];
        }

        return OnlyAfter().Match(notes) is { Success: true } onlyAfter ? [onlyAfter.Groups["b"].Value, onlyAfter.Groups["a"].Value] : [];
    }

    /// <summary>"deploy order matters:\n1. ledger-svc (adds …)\n2. api-gateway …\n3. web (…)": the name each item starts with.</summary>
    private static IReadOnlyList<string> NumberedOrder(string notes)
    {
        var heading = OrderHeading().Match(notes);
        if (!heading.Success)
        {
            return [];
        }

        var items = NumberedItem().Matches(notes[(heading.Index + heading.Length)..]).Select(m => m.Groups["name"].Value).ToArray();
        // A list of steps ("1. run the migration") is no list of services: at least one item must name a service by its suffix.
        return items.Any(name => Service().IsMatch(name)) ? [.. items.Distinct()] : [];
    }

    private static int FirstMention(string notes, string name) =>
        Regex.Match(notes, $@"(?<![\w-]){Regex.Escape(name)}(?![\w-])", RegexOptions.CultureInvariant, MatchBudget.Timeout) is { Success: true } match ? match.Index : int.MaxValue;

    private static void MoveBefore(List<string> order, string first, string second)
    {
        int from = order.IndexOf(first), to = order.IndexOf(second);
        if (from > to && to >= 0)
        {
            order.RemoveAt(from);
            order.Insert(to, first);
        }
    }

    private const string Name = @"[a-z][a-z0-9]*(?:-[a-z0-9]+)*";

    /// <summary>A Markdown link's target ("](../a.md#anchor)", "]: https://…") or a bare URL: text no name is read from.</summary>
    [GeneratedRegex(@"\]\([^)\s]*\)|^\s*\[[^\]\n]+\]:\s*\S+|\b(?:https?|ftp)://\S+|<(?:https?|ftp)://[^>\s]+>", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex LinkTarget();

    /// <summary>"order: notifier-svc up, lag on notify.events at 0, then platform-api" (to the end of the sentence or line).</summary>
    [GeneratedRegex(@"\b(?:deploy(?:ment)?\s+|rollout\s+|release\s+)?order(?:\s+matters)?\s*(?::|-|—|is)[ \t]*(?<list>[^\n;]+?)(?:\.(?:\s|$)|;|\n|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex OrderLine();

    [GeneratedRegex(@"(?<![\w./-])" + Name + @"(?![\w/-]|\.\w)", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ServiceOrBare();

    /// <summary>A line that announces a deploy order ("deploy order matters:", "Rollout order", "in this order:").</summary>
    [GeneratedRegex(@"\b(?:deploy\w*|roll[\s-]?out|release|ship)\b[^\n]{0,30}\border\b[^\n]*\n|\b(?:in\s+this|in\s+the\s+following)\s+order\b[^\n]*\n|\border\s*(?:matters)?\s*:\s*\n", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex OrderHeading();

    /// <summary>Consecutive numbered items right under the heading, each starting with a name ("2. api-gateway (routes …)", "3) web").</summary>
    [GeneratedRegex(@"\G[ \t]*\d{1,2}[.)][ \t]+`?(?<name>" + Name + @")`?(?=[ \t]*(?:\(|:|,|—|–|-[ \t]|\r?$))[^\n]*(?:\n|$)", RegexOptions.Multiline | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"(?<a>\b[a-z][a-z0-9-]*-(?:service|svc|api|worker|web|app|gateway|consumer|producer|frontend|backend))\b\s+first\b[^.;\n]{0,60}?\bthen\s+(?:deploy\s+|roll\s+out\s+|ship\s+)?(?:the\s+)?(?<b>[a-z][a-z0-9-]*-(?:service|svc|api|worker|web|app|gateway|consumer|producer|frontend|backend))\b", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex FirstThen();

    [GeneratedRegex(@"\b(?:deploy|roll\s+out|ship|release)\s+(?:the\s+)?(?<a>[a-z][a-z0-9-]*-(?:service|svc|api|worker|web|app|gateway|consumer|producer|frontend|backend))\b\s+only\s+(?:once|after|when)\s+(?:the\s+)?(?<b>[a-z][a-z0-9-]*-(?:service|svc|api|worker|web|app|gateway|consumer|producer|frontend|backend))\b", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex OnlyAfter();

    /// <summary>The service notes open with ("ml-scoring: python 3.9 -> 3.12"): a hyphenated lowercase name, then a colon.</summary>
    [GeneratedRegex(@"\A\s*(?<name>[a-z][a-z0-9]*(?:-[a-z0-9]+)+):\s", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Subject();
}
