using System.Text.RegularExpressions;
using DeployBot.Core.Plans;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// A real release-note excerpt under Plans/Analysis/Fixtures with its hand-written labels in front matter
/// (source, kind, risks, destructive, why). Labels were written by reading the excerpt, before the analyzer ran on it.
/// </summary>
internal sealed partial record LabelledExcerpt(string Name, string Source, string Notes, ReleaseKind Kind, IReadOnlyList<RiskArea> Risks, bool Destructive)
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Plans", "Analysis", "Fixtures");

    /// <summary>The 111 excerpts the analyzer was developed against (split into TUNE and HOLDOUT by the score test).</summary>
    public static IReadOnlyList<LabelledExcerpt> All() => LoadFolder(Folder);

    /// <summary>
    /// Excerpts from projects that are not among the others, labelled before the analyzer ever ran on them and never
    /// read while changing it: only their totals are looked at (Fixtures/Fresh/README.md).
    /// </summary>
    public static IReadOnlyList<LabelledExcerpt> Fresh() => LoadFolder(Path.Combine(Folder, "Fresh"));

    /// <summary>
    /// A second held-out set from twelve more projects, labelled and committed before the analyzer was changed for it;
    /// only its totals are read (Fixtures/Fresh2/README.md).
    /// </summary>
    public static IReadOnlyList<LabelledExcerpt> Fresh2() => LoadFolder(Path.Combine(Folder, "Fresh2"));

    /// <summary>
    /// A third held-out set from ten more projects (self-hosted applications and cluster software), labelled and
    /// committed before the third round changed the analyzer; measured once before and once after (Fixtures/Fresh3/README.md).
    /// </summary>
    public static IReadOnlyList<LabelledExcerpt> Fresh3() => LoadFolder(Path.Combine(Folder, "Fresh3"));

    /// <summary>
    /// A fourth held-out set from sixteen more projects, collected and labelled by someone who never ran the analyzer on
    /// it, while the fourth round changed the analyzer without opening it; measured once before and once after that
    /// round (Fixtures/Fresh4/README.md). The fifth round read its misses, so it is no longer blind.
    /// </summary>
    public static IReadOnlyList<LabelledExcerpt> Fresh4() => LoadFolder(Path.Combine(Folder, "Fresh4"));

    /// <summary>
    /// A fifth set from twenty further projects, collected and labelled by an engineer who never ran the analyzer, and
    /// committed before it ran on them; measured blind through the fifth round (Fixtures/Fresh5/README.md). The sixth
    /// round read its misses, so it is no longer blind.
    /// </summary>
    public static IReadOnlyList<LabelledExcerpt> Fresh5() => LoadFolder(Path.Combine(Folder, "Fresh5"));

    /// <summary>
    /// A sixth set: 91 excerpts from 24 further projects, collected and labelled by an engineer who never ran the analyzer
    /// or read its code, committed before it ran on them; measured blind through the sixth round, printed without file names
    /// (Fixtures/Fresh6/README.md). The seventh round read its misses, so it is no longer blind.
    /// </summary>
    public static IReadOnlyList<LabelledExcerpt> Fresh6() => LoadFolder(Path.Combine(Folder, "Fresh6"));

    /// <summary>
    /// A seventh set: 90 excerpts from 26 further projects, collected and labelled by an engineer who never ran the
    /// analyzer or read its code, committed before it ran on them; measured blind, printed without file names and without
    /// a per-file label table in its README (Fixtures/Fresh7/README.md). The eighth round read its misses, so it is no
    /// longer blind.
    /// </summary>
    public static IReadOnlyList<LabelledExcerpt> Fresh7() => LoadFolder(Path.Combine(Folder, "Fresh7"));

    /// <summary>
    /// An eighth set: 90 excerpts from 29 further projects, collected and labelled by a session that never ran the
    /// analyzer or read its code, committed before it ran on them; measured blind, printed without file names
    /// (Fixtures/Fresh8/README.md). The ninth round read its misses, so it is no longer blind.
    /// </summary>
    public static IReadOnlyList<LabelledExcerpt> Fresh8() => LoadFolder(Path.Combine(Folder, "Fresh8"));

    /// <summary>
    /// A ninth set: 90 excerpts from 25 further projects, collected and labelled by a session that never ran the analyzer
    /// or read its code, merged before the ninth round was measured on it; measured blind, printed without file names
    /// (Fixtures/Fresh9/README.md). The tenth round read its misses, so it is no longer blind.
    /// </summary>
    public static IReadOnlyList<LabelledExcerpt> Fresh9() => LoadFolder(Path.Combine(Folder, "Fresh9"));

    /// <summary>
    /// A tenth set: 60 excerpts from 20 further projects, collected and labelled by a session that never ran the analyzer
    /// or read its code, merged after the tenth round and never read since; measured blind, printed without file names
    /// (Fixtures/Fresh10/README.md).
    /// </summary>
    public static IReadOnlyList<LabelledExcerpt> Fresh10() => LoadFolder(Path.Combine(Folder, "Fresh10"));

    /// <summary>
    /// An eleventh set: 60 excerpts from 20 further projects, collected and labelled like FRESH10 by a session that never
    /// ran the analyzer or read its code, merged on 5 Dec 2026 before any change was made for it; measured blind, printed
    /// without file names (Fixtures/Fresh11/README.md).
    /// </summary>
    public static IReadOnlyList<LabelledExcerpt> Fresh11() => LoadFolder(Path.Combine(Folder, "Fresh11"));

    /// <summary>
    /// What release managers type into NOTES rather than paste from a changelog: 80 short notes (fragments, arrows,
    /// SETTING_NAMES, routes, ticket keys, pasted PR titles) written and labelled on 5 Dec 2026 by an author who never ran
    /// the analyzer; its misses were read to write the shape rules of typed notes (Fixtures/Typed/README.md).
    /// </summary>
    public static IReadOnlyList<LabelledExcerpt> Typed() => LoadFolder(Path.Combine(Folder, "Typed"));

    /// <summary>
    /// 80 more typed notes by a second author (eight teams, eight writing styles) who saw neither the analyzer nor the
    /// first set; blind until a review of plans quoted four of its notes (AnalyzerScoreTests.Typed.cs has the figures).
    /// </summary>
    public static IReadOnlyList<LabelledExcerpt> Typed2() => LoadFolder(Path.Combine(Folder, "Typed2"));

    /// <summary>
    /// A twelfth changelog set: 60 excerpts from 21 further projects, collected and labelled on 5 Dec 2026 by a session that
    /// never ran the analyzer or read its code, and measured blind before anything was changed for it (Fixtures/Fresh12/README.md).
    /// </summary>
    public static IReadOnlyList<LabelledExcerpt> Fresh12() => LoadFolder(Path.Combine(Folder, "Fresh12"));

    /// <summary>
    /// 60 typed notes by a third author who saw neither the analyzer nor the other sets' plans, measured blind the same day
    /// (Fixtures/Typed3/README.md).
    /// </summary>
    public static IReadOnlyList<LabelledExcerpt> Typed3() => LoadFolder(Path.Combine(Folder, "Typed3"));

    /// <summary>
    /// A thirteenth changelog set: 60 excerpts from 21 further projects, collected and labelled on 5 Dec 2026 (23:00 UTC) by a
    /// session that never ran the analyzer or read its code (Fixtures/Fresh13/README.md); the outside estimate of the 15th session,
    /// then read for the 16th session's analyzer round (no longer blind).
    /// </summary>
    public static IReadOnlyList<LabelledExcerpt> Fresh13() => LoadFolder(Path.Combine(Folder, "Fresh13"));

    /// <summary>
    /// A fourteenth changelog set: 60 excerpts from 24 further projects, collected and labelled on 6 Dec 2026 (01:40 UTC) by a
    /// session that never ran the analyzer or read its code (Fixtures/Fresh14/README.md); the outside estimate of the 16th session.
    /// </summary>
    public static IReadOnlyList<LabelledExcerpt> Fresh14() => LoadFolder(Path.Combine(Folder, "Fresh14"));

    /// <summary>
    /// A fifteenth changelog set: 60 excerpts from 25 further projects, collected and labelled on 6 Dec 2026 (04:12 UTC) by a
    /// session that never ran the analyzer or read its code (Fixtures/Fresh15/README.md); the outside estimate of the 17th session.
    /// </summary>
    public static IReadOnlyList<LabelledExcerpt> Fresh15() => LoadFolder(Path.Combine(Folder, "Fresh15"));

    /// <summary>
    /// A sixteenth changelog set: 60 excerpts from 24 further projects, collected and labelled on 6 Dec 2026 (07:01 UTC) by a
    /// session that never ran the analyzer or read its code (Fixtures/Fresh16/README.md); the outside estimate of the 18th session.
    /// </summary>
    public static IReadOnlyList<LabelledExcerpt> Fresh16() => LoadFolder(Path.Combine(Folder, "Fresh16"));

    /// <summary>
    /// A seventeenth changelog set: 60 excerpts from 20 further projects, collected and labelled on 6 Dec 2026 (09:45 UTC) by a
    /// session that never ran the analyzer or read its code (Fixtures/Fresh17/README.md); the outside estimate of the 19th session.
    /// </summary>
    public static IReadOnlyList<LabelledExcerpt> Fresh17() => LoadFolder(Path.Combine(Folder, "Fresh17"));

    /// <summary>
    /// An eighteenth changelog set: 60 excerpts from 20 further projects, collected and labelled on 6 Dec 2026 (12:40 UTC) by a
    /// session that never ran the analyzer or read its code (Fixtures/Fresh18/README.md); the outside estimate of the 20th session.
    /// </summary>
    public static IReadOnlyList<LabelledExcerpt> Fresh18() => LoadFolder(Path.Combine(Folder, "Fresh18"));

    /// <summary>
    /// A nineteenth changelog set: 60 excerpts from 20 further projects, collected and labelled on 6 Dec 2026 (15:33 UTC) by a
    /// session that never ran the analyzer or read its code (Fixtures/Fresh19/README.md); the outside estimate of the 21st session.
    /// </summary>
    public static IReadOnlyList<LabelledExcerpt> Fresh19() => LoadFolder(Path.Combine(Folder, "Fresh19"));

    /// <summary>
    /// A twentieth changelog set: 60 excerpts from 20 further projects, collected and labelled on 6 Dec 2026 (18:18 UTC) by a
    /// session that never ran the analyzer or read its code (Fixtures/Fresh20/README.md); the outside estimate of the 22nd session.
    /// </summary>
    public static IReadOnlyList<LabelledExcerpt> Fresh20() => LoadFolder(Path.Combine(Folder, "Fresh20"));

    /// <summary>
    /// A twenty-first changelog set: 60 excerpts from 20 further projects, collected and labelled on 6 Dec 2026 (21:20 UTC) by a
    /// session that never ran the analyzer or read its code (Fixtures/Fresh21/README.md); the outside estimate of the 23rd session.
    /// </summary>
    public static IReadOnlyList<LabelledExcerpt> Fresh21() => LoadFolder(Path.Combine(Folder, "Fresh21"));

    /// <summary>
    /// A twenty-second changelog set: 60 excerpts from 20 further projects, collected and labelled on 7 Dec 2026 (00:25 UTC) by a
    /// session that never ran the analyzer or read its code (Fixtures/Fresh22/README.md); the outside estimate of the 24th session.
    /// </summary>
    public static IReadOnlyList<LabelledExcerpt> Fresh22() => LoadFolder(Path.Combine(Folder, "Fresh22"));

    /// <summary>
    /// A twenty-third changelog set: 60 excerpts from 20 further projects, collected and labelled on 7 Dec 2026 (03:04 UTC) by a
    /// session that never ran the analyzer or read its code (Fixtures/Fresh23/README.md); the outside estimate of the 25th session.
    /// </summary>
    public static IReadOnlyList<LabelledExcerpt> Fresh23() => LoadFolder(Path.Combine(Folder, "Fresh23"));

    /// <summary>
    /// A twenty-fourth changelog set: 60 excerpts from 20 further projects, collected and labelled on 7 Dec 2026 (06:06 UTC) by a
    /// session that never ran the analyzer or read its code (Fixtures/Fresh24/README.md); the outside estimate of the 26th session.
    /// </summary>
    public static IReadOnlyList<LabelledExcerpt> Fresh24() => LoadFolder(Path.Combine(Folder, "Fresh24"));

    /// <summary>
    /// A twenty-fifth changelog set: 60 excerpts from 20 further projects, collected and labelled on 7 Dec 2026 (09:39 UTC) by a
    /// session that never ran the analyzer or read its code (Fixtures/Fresh25/README.md); the outside estimate of the 27th session.
    /// </summary>
    public static IReadOnlyList<LabelledExcerpt> Fresh25() => LoadFolder(Path.Combine(Folder, "Fresh25"));

    /// <summary>
    /// A twenty-sixth changelog set: 60 excerpts from 21 further projects, collected and labelled on 7 Dec 2026 (12:24 UTC) by a
    /// session that never ran the analyzer or read its code (Fixtures/Fresh26/README.md); the outside estimate of the 28th session.
    /// </summary>
    public static IReadOnlyList<LabelledExcerpt> Fresh26() => LoadFolder(Path.Combine(Folder, "Fresh26"));

    /// <summary>
    /// A twenty-seventh changelog set: 60 excerpts from 20 further projects, collected and labelled on 7 Dec 2026 (15:27 UTC) by a
    /// session that never ran the analyzer or read its code (Fixtures/Fresh27/README.md); the outside estimate of the 29th session.
    /// </summary>
    public static IReadOnlyList<LabelledExcerpt> Fresh27() => LoadFolder(Path.Combine(Folder, "Fresh27"));

    /// <summary>
    /// A twenty-eighth changelog set: 60 excerpts from 20 further projects, collected and labelled on 7 Dec 2026 (18:22 UTC) by a
    /// session that never ran the analyzer or read its code (Fixtures/Fresh28/README.md); the outside estimate of the 30th session.
    /// </summary>
    public static IReadOnlyList<LabelledExcerpt> Fresh28() => LoadFolder(Path.Combine(Folder, "Fresh28"));

    /// <summary>
    /// A twenty-ninth changelog set: 60 excerpts from 20 further projects, collected and labelled on 7 Dec 2026 (21:27 UTC) by a
    /// session that never ran the analyzer or read its code (Fixtures/Fresh29/README.md); the outside estimate of the 31st session.
    /// </summary>
    public static IReadOnlyList<LabelledExcerpt> Fresh29() => LoadFolder(Path.Combine(Folder, "Fresh29"));

    /// <summary>
    /// A thirtieth changelog set: 60 excerpts from 20 further projects, collected and labelled on 8 Dec 2026 (00:38 UTC) by a
    /// session that never ran the analyzer or read its code (Fixtures/Fresh30/README.md); the outside estimate of the 32nd session.
    /// </summary>
    public static IReadOnlyList<LabelledExcerpt> Fresh30() => LoadFolder(Path.Combine(Folder, "Fresh30"));

    private static LabelledExcerpt[] LoadFolder(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.md").Where(path => !path.EndsWith("README.md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).Select(Load)];

    private static LabelledExcerpt Load(string path)
    {
        var text = File.ReadAllText(path);
        var match = FrontMatter().Match(text);
        Assert.True(match.Success, $"{path} has no front matter");
        var fields = Field().Matches(match.Groups["yaml"].Value).ToDictionary(m => m.Groups["key"].Value, m => m.Groups["value"].Value.Trim());
        var risks = fields["risks"].Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(word => Enum.Parse<RiskArea>(word, ignoreCase: true)).Order().ToArray();
        return new LabelledExcerpt(Path.GetFileName(path), fields["source"], text[match.Length..].Trim(),
            Enum.Parse<ReleaseKind>(fields["kind"], ignoreCase: true), risks, bool.Parse(fields["destructive"]));
    }

    [GeneratedRegex(@"\A---\r?\n(?<yaml>.*?)\r?\n---\r?\n", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"^(?<key>\w+):\s*(?<value>.*)$", RegexOptions.Multiline)]
    private static partial Regex Field();
}
